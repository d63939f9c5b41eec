package io.mubiao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables read as tables in HTML, DOCX and PDF: the grid with spans filled, every cell found in the text. */
class TablesReadTest {
    @ParameterizedTest
    @ValueSource(strings = {"plan-table.html", "plan-table.docx", "plan-table.pdf", "yearly-targets.pdf", "single-target.pdf"})
    void theTableIsAGridWhoseCellsStandInTheText(String name) throws IOException {
        ReadDocument d = DocumentReader.read(resource(name), "application/octet-stream", UploadFields.fileName(name));
        assertEquals(1, d.tables().size(), name);
        DocumentTable t = d.tables().get(0);
        for (DocumentTable.Row r : t.rows()) {
            assertEquals(t.columns(), r.cells().size(), "every row has every column");
            for (DocumentTable.Cell c : r.cells()) {
                assertEquals(c.text(), d.text().substring(c.start(), c.end()));
            }
            assertTrue(r.start() <= r.end() && d.text().substring(r.start(), r.end()).indexOf('\n') < 0, "a row is one line");
        }
        assertTrue(t.caption().matches("(附?表\\s*\\d?).*主要(指标|目标)"), t.caption());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-table.html", "plan-table.docx", "plan-table.pdf"})
    void thePlanTableReadsRowByRow(String name) throws IOException {
        DocumentTable t = DocumentReader.read(resource(name), "application/octet-stream", UploadFields.fileName(name)).tables().get(0);
        assertEquals(9, t.rows().size());
        assertEquals(List.of("类别", "指标", "单位", "2020年", "2025年", "年均增长（%）", "属性"), texts(t.rows().get(0)));
        assertEquals(List.of("地区生产总值", "亿元", "1250", "1700", "6.5", "预期性"), texts(t.rows().get(1)).subList(1, 7));
        assertEquals(List.of("城镇新增就业", "万人", "—", "—", "[6]", "预期性"), texts(t.rows().get(6)).subList(1, 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"county-plan.html", "county-plan.docx", "county-plan.pdf"})
    void twoHeaderRowsWithSpansAndATableContinuedOnTheNextPage(String name) throws IOException {
        ReadDocument d = DocumentReader.read(resource(name), "application/octet-stream", UploadFields.fileName(name));
        assertEquals(1, d.tables().size(), "the PDF's second page continues the table: " + d.tables());
        DocumentTable t = d.tables().get(0);
        assertEquals(12, t.rows().size());
        // 目标值 spans 2030年 and 年均增长: two columns, not one (the PDF has no rule between them in that row)
        assertEquals(List.of("目标值", "目标值"), texts(t.rows().get(0)).subList(4, 6));
        assertEquals(List.of("2025年", "2030年", "年均增长（%）", "指标属性"), texts(t.rows().get(1)).subList(3, 7));
        assertEquals(List.of("化肥使用量", "万吨", "2.4", "2.2以内", "—", "约束性"), texts(t.rows().get(11)).subList(1, 7));
        assertTrue(d.text().contains("指标名称"), "a header row of short words is no row of links");
    }

    @Test
    void anUnruledHeaderSetCloserThanAColumnGapIsSplitIntoItsColumns() throws IOException {
        DocumentTable t = DocumentReader.read(resource("water-targets.pdf"), "application/pdf",
                UploadFields.fileName("water-targets.pdf")).tables().get(0);
        assertEquals(List.of("序号", "指标", "计量单位", "2028年目标", "责任单位"), texts(t.rows().get(0)));
        assertEquals(List.of("1", "用水总量", "亿立方米", "≤12.6", "市水务局"), texts(t.rows().get(1)));
    }

    @Test
    void aRowspanFillsEveryRowItCoversInHtmlAndDocx() throws IOException {
        for (String name : List.of("plan-table.html", "plan-table.docx")) {
            DocumentTable t = DocumentReader.read(resource(name), "application/octet-stream", UploadFields.fileName(name)).tables().get(0);
            assertEquals("经济发展", t.rows().get(1).cells().get(0).text(), name);
            assertEquals("经济发展", t.rows().get(3).cells().get(0).text(), name);
            assertEquals(t.rows().get(1).cells().get(0).start(), t.rows().get(3).cells().get(0).start(), name);
        }
    }

    @Test
    void aColspanFillsEveryColumnItCovers() {
        String html = "<html><body><p>表1 主要指标</p><table><tr><th>指标</th><th colspan='2'>目标</th></tr>"
                + "<tr><td></td><td>2025年</td><td>2027年</td></tr><tr><td>地区生产总值（亿元）</td><td>100</td><td>120</td></tr>"
                + "</table></body></html>";
        ReadDocument d = DocumentReader.read(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8", null);
        DocumentTable t = d.tables().get(0);
        assertEquals(List.of("指标", "目标", "目标"), texts(t.rows().get(0)));
        assertEquals("表1 主要指标", t.caption());
    }

    @Test
    void aPageLaidOutWithATableHoldsNoDataTable() {
        String html = "<html><body><table><tr><td><p>" + "政府工作报告正文。".repeat(40) + "</p></td><td>导航</td></tr></table></body></html>";
        assertTrue(DocumentReader.read(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8", null).tables().isEmpty());
    }

    private static List<String> texts(DocumentTable.Row r) {
        return r.cells().stream().map(DocumentTable.Cell::text).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TablesReadTest.class.getResourceAsStream("/tables/" + name)) {
            return in.readAllBytes();
        }
    }
}
