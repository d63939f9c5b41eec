package io.mubiao.documents;

import io.mubiao.contracts.regions.Region;
import io.mubiao.text.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A document read from its bytes: the normalized text with page furniture cut out, and what was found about it.
 * Every offset refers to {@code text}.
 *
 * @param format          the format it came in
 * @param contentType     its media type, with the charset its text was decoded with (text/plain; charset=GB18030)
 * @param text            the normalized text: NFC, one paragraph per line, boilerplate removed
 * @param title           title, or null
 * @param date            the document's date (delivery or publication), or null
 * @param genre           genre (政府工作报告, 规划, 行动方案, 新闻发布会, 通知, …), or null
 * @param issuer          issuing body or speaker, or null
 * @param region          the area the document speaks for (全国, 天津市, 广西壮族自治区, 深圳市), or null
 * @param sections        headings in document order with the range each governs
 * @param removed         what was cut out as boilerplate
 * @param metadataSources for each of title, date, genre, issuer, region found: {@code upload}, {@code file-name},
 *                        {@code html-title}, {@code url} or {@code text:START-END}
 * @param tables          the tables, each cell with its offsets in {@code text} (a table's rows are lines of it)
 */
public record ReadDocument(
        DocumentFormat format,
        String contentType,
        String text,
        String title,
        LocalDate date,
        String genre,
        String issuer,
        List<Section> sections,
        List<RemovedText> removed,
        Map<String, String> metadataSources,
        Region region,
        List<DocumentTable> tables) {

    /** Without tables (a plain-text document has none). */
    public ReadDocument(DocumentFormat format, String contentType, String text, String title, LocalDate date, String genre,
                        String issuer, List<Section> sections, List<RemovedText> removed, Map<String, String> metadataSources,
                        Region region) {
        this(format, contentType, text, title, date, genre, issuer, sections, removed, metadataSources, region, List.of());
    }
}
