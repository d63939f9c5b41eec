package io.mubiao.targets.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorSeriesTest {
    static IndicatorSeries.Source source(long id, String kind, String measure, double value, String unit, String year,
                                         String doc, LocalDate date, Double normalized, String baseUnit) {
        return new IndicatorSeries.Source(id, new Figure(kind, measure, value, null, unit, "approx", year, normalized, baseUnit),
                doc, "report " + doc, date, "q" + id);
    }

    @Test
    void seriesByMeasureAndUnitOrderedByYearWithStatuses() {
        LocalDate d2023 = LocalDate.of(2023, 1, 11);
        LocalDate d2025 = LocalDate.of(2025, 1, 14);
        List<IndicatorSeries.Series> series = IndicatorSeries.build(List.of(
                source(3, "target", "rate", 5, "%", "2025", "b", d2025, 5.0, "%"),
                source(2, "achievement", "rate", 4.7, "%", "2024", "b", d2025, 4.7, "%"),
                source(1, "target", "rate", 4, "%", "2023", "a", d2023, 4.0, "%"),
                source(4, "achievement", "amount", 1.6, "万亿元", "2022", "a", d2023, 1.6e12, "元"),
                source(5, "achievement", "amount", 16500, "亿元", "2023", "b", d2025, 1.65e12, "元")), Optional.of(Direction.UP));
        assertEquals(2, series.size());
        IndicatorSeries.Series growth = series.stream().filter(s -> s.measure().equals("rate")).findFirst().orElseThrow();
        assertEquals(List.of("2023", "2024", "2025"), growth.points().stream().map(IndicatorSeries.Point::year).toList());
        assertEquals("unknown", growth.points().get(0).status(), "2023 was reported as an amount only");
        assertNull(growth.points().get(1).status(), "achievements carry no status");
        assertEquals("pending", growth.points().get(2).status());
        IndicatorSeries.Series amount = series.stream().filter(s -> s.measure().equals("amount")).findFirst().orElseThrow();
        assertEquals("元", amount.unit());
        assertEquals(2, amount.points().size());
    }

    @Test
    void theNewestReportDecidesATargetsStatus() {
        List<IndicatorSeries.Series> series = IndicatorSeries.build(List.of(
                source(1, "target", "rate", 5, "%", "2024", "a", LocalDate.of(2024, 1, 20), null, null),
                source(2, "achievement", "rate", 4.0, "%", "2024", "b", LocalDate.of(2024, 7, 1), null, null),
                source(3, "achievement", "rate", 5.1, "%", "2024", "c", LocalDate.of(2025, 1, 14), null, null)), Optional.empty());
        IndicatorSeries.Point target = series.get(0).points().stream().filter(p -> p.kind().equals("target")).findFirst().orElseThrow();
        assertEquals("met", target.status());
        assertEquals(3L, target.achievementId());
    }
}
