package io.mubiao.extract.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mubiao.extract.core.Target;
import io.mubiao.extract.core.TimeScope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence of a table figure points into the text: caption, row and column header, each by its offsets. */
class TableEvidenceTest {
    @Test
    void captionRowAndHeaderAreFoundAtTheirOffsets() {
        TableGrid g = new TableGrid().caption("表1 主要指标")
                .row("类别", "指标", "2020年", "2025年", "属性")
                .row("经济发展", "地区生产总值（亿元）", "1250", "1700", "预期性");
        String text = g.text();
        Target t = TableFigures.read(text, List.of(g.table()), 2021, TimeScope.NONE).row(g.rowStart(1), List.of()).get(1);
        TableEvidence e = t.table();
        assertEquals("表1 主要指标", text.substring(e.captionStart(), e.captionEnd()));
        assertEquals(e.caption(), text.substring(e.captionStart(), e.captionEnd()));
        assertEquals(e.row(), text.substring(e.rowStart(), e.rowEnd()));
        assertEquals("2025年", e.column());
        assertEquals("2025年", text.substring(e.columnStart(), e.columnEnd()));
        assertEquals("预期性", e.attribute());
    }

    @Test
    void aTableWithoutCaptionOrAttributeColumnLeavesThemOut() {
        TableGrid g = new TableGrid().row("指标", "2025年").row("高新技术企业数量（家）", "800");
        TableEvidence e = TableFigures.read(g.text(), List.of(g.table()), 2021, TimeScope.NONE)
                .row(g.rowStart(1), List.of()).get(0).table();
        assertNull(e.caption());
        assertEquals(-1, e.captionStart());
        assertNull(e.attribute());
    }
}
