package io.mubiao.targets.api;

import io.mubiao.targets.query.Checks;
import io.mubiao.targets.query.Csv;
import io.mubiao.targets.store.Selection;
import io.mubiao.targets.store.TargetRecord;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The targets as a CSV file a spreadsheet opens right: Excel and WPS read a CSV as the system code page (GBK on a
 * Chinese Windows) unless it starts with a UTF-8 byte order mark, so every CSV starts with one; the header is the
 * column names, or their Chinese labels (csv-columns_zh.properties) for the page's Chinese view; every matching row
 * is written, read from the database in batches, unless the client asked for one page.
 */
final class TargetsCsv {
    static final String BOM = "\uFEFF";
    static final int BATCH = 500;

    private TargetsCsv() {
    }

    /** "en" (the default) or "zh"; anything else is a 400 naming both. */
    static String language(String lang) {
        String l = Checks.oneOf("lang", lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT),
                List.of("en", "zh"));
        return l == null ? "en" : l;
    }

    static List<String> header(String lang) {
        if (!"zh".equals(lang)) {
            return TargetView.CSV_COLUMNS;
        }
        ResourceBundle labels = ResourceBundle.getBundle("csv-columns", Locale.CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // A column added later without a label keeps its name rather than disappearing.
        return TargetView.CSV_COLUMNS.stream().map(c -> labels.containsKey(c) ? labels.getString(c) : c).toList();
    }

    /** @param onePage the page asked for, or null for every row */
    static Response response(Selection<TargetRecord> found, long total, Paging onePage, String lang) {
        StringBuilder out = new StringBuilder(BOM);
        Csv.appendRecord(out, header(lang));
        if (onePage != null) {
            found.page(onePage.page(), onePage.size()).forEach(r -> Csv.appendRecord(out, TargetView.of(r).csvFields()));
        } else {
            for (int p = 0; (long) p * BATCH < total; p++) {
                found.page(p, BATCH).forEach(r -> Csv.appendRecord(out, TargetView.of(r).csvFields()));
            }
        }
        String name = ("zh".equals(lang) ? "目标与数据" : "mubiao-targets") + ".csv";
        return Response.ok(out.toString(), TargetsResource.CSV + "; charset=UTF-8")
                .header("X-Total-Count", total)
                .header("Content-Disposition", "attachment; filename=\"mubiao-targets.csv\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
