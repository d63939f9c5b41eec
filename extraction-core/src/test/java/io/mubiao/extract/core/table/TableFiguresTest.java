package io.mubiao.extract.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.extract.core.Target;
import io.mubiao.extract.core.TimeScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFiguresTest {
    private static TableGrid yearly() {
        return new TableGrid().caption("表2 2024—2026年主要目标")
                .row("指标", "单位", "2023年（基数）", "2024年", "2025年", "2026年", "属性")
                .row("地区生产总值", "亿元", "16737", "17500", "18300", "19200", "预期性")
                .row("细颗粒物平均浓度", "微克/立方米", "41", "≤40", "—", "≤38", "约束性");
    }

    @Test
    void everyNumericCellOfARowIsAFigureOfItsColumn() {
        TableGrid g = yearly();
        TableFigures f = TableFigures.read(g.text(), List.of(g.table()), 2024, TimeScope.NONE);
        List<Target> gdp = f.row(g.rowStart(1), List.of("二、目标"));
        assertEquals(4, gdp.size());
        assertEquals("achievement", gdp.get(0).kind());
        assertEquals("2023", gdp.get(0).year());
        assertEquals("target", gdp.get(3).kind());
        assertEquals("2026", gdp.get(3).year());
        assertEquals(19200, gdp.get(3).value());
        assertEquals("亿元", gdp.get(3).unit());
        assertEquals("amount", gdp.get(3).measure());
        assertEquals(List.of("二、目标"), gdp.get(3).section(), "filed under the headings above the table");
        assertEquals("预期性", gdp.get(3).table().attribute());
    }

    @Test
    void aCellThatIsNoNumberGivesNothingAndSignsAreComparators() {
        TableGrid g = yearly();
        List<Target> pm = TableFigures.read(g.text(), List.of(g.table()), 2024, TimeScope.NONE).row(g.rowStart(2), List.of());
        assertEquals(List.of("2023", "2024", "2026"), pm.stream().map(Target::year).toList(), "— gives no figure");
        assertEquals("at_most", pm.get(2).comparator());
        assertEquals("约束性", pm.get(2).table().attribute());
        assertEquals("≤38", pm.get(2).quote());
    }

    @Test
    void headerRowsAreRowsOfTheTableWithoutFigures() {
        TableGrid g = yearly();
        TableFigures f = TableFigures.read(g.text(), List.of(g.table()), 2024, TimeScope.NONE);
        assertTrue(f.isRow(g.rowStart(0)));
        assertEquals(List.of(), f.row(g.rowStart(0), List.of()));
        assertFalse(f.isRow(g.rowStart(0) + 1), "only the start of a row's line");
    }

    @Test
    void aTableWithoutFigureColumnsStaysRunningText() {
        TableGrid g = new TableGrid().row("任务", "责任单位").row("建设5G基站2000个", "市工信局");
        TableFigures f = TableFigures.read(g.text(), List.of(g.table()), 2024, TimeScope.NONE);
        assertFalse(f.isRow(g.rowStart(1)));
        assertFalse(TableFigures.read(g.text(), null, 2024, TimeScope.NONE).isRow(g.rowStart(1)));
    }

    @Test
    void theQuoteIsTheCellAndTheSentenceTheRow() {
        TableGrid g = yearly();
        String text = g.text();
        for (Target t : TableFigures.read(text, List.of(g.table()), 2024, TimeScope.NONE).row(g.rowStart(1), List.of())) {
            assertEquals(t.quote(), text.substring(t.start(), t.end()));
            assertEquals(t.sentence(), text.substring(t.sentenceStart(), t.sentenceEnd()));
        }
    }
}
