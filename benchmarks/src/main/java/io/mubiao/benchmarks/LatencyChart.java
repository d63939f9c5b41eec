package io.mubiao.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A latency distribution as a PNG (XChart, headless): percentile on x, latency in ms on y, one line per series. */
public final class LatencyChart {
    private LatencyChart() {
    }

    public static void write(Path png, String title, Map<String, double[]> series) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(500).title(title)
                .xAxisTitle("percentile").yAxisTitle("latency (ms)").build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(100.0);
        boolean any = false;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            double[] y = e.getValue().clone();
            if (y.length == 0) {
                continue;
            }
            Arrays.sort(y);
            double[] x = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                x[i] = 100.0 * (i + 1) / y.length;
            }
            chart.addSeries(e.getKey() + " (n=" + y.length + ")", x, y).setMarker(SeriesMarkers.NONE);
            any = true;
        }
        if (!any) {
            return;
        }
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
