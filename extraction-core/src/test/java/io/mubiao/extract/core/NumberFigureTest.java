package io.mubiao.extract.core;

import static io.mubiao.extract.core.FigureTestSupport.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberFigureTest {
    private static String figure(String text, String number) {
        int s = text.indexOf(number);
        FigureClaims claims = new FigureClaims(0, text.length());
        Mention m = new NumberFigure(text, 0, text.length(), s, NumberParser.read(text, s, text.length()), claims).figure();
        return m == null ? null : show(text, m);
    }

    @Test
    void aNumberWithItsUnitMagnitudeAndQualifier() {
        assertEquals("2400万元 2400 万元 null", figure("完成投资2400万元。", "2400"));
        assertEquals("600万吨以上 600 万吨 at_least", figure("粮食产量600万吨以上。", "600"));
        assertEquals("6万余套（间） 6 万套（间） at_least", figure("筹集保障性租赁住房6万余套（间）。", "6"));
    }

    @Test
    void rangesKeepTheirUpperBound() {
        assertEquals("4.5%-5% 4.5-5.0 % null", figure("增长4.5%-5%。", "4.5"));
        assertEquals("8-10万个 8-10.0 万个 null", figure("新增8-10万个。", "8"));
    }

    @Test
    void rateUnitsPeopleAndUnsaidUnits() {
        assertEquals("25万元/人 25 万元/人 null", figure("劳动生产率达到25万元/人。", "25"));
        assertEquals("30万 30 万人 null", figure("帮助30万群众就业。", "30"));
        assertEquals("万亿 1 万亿 null", figure("海洋生产总值突破万亿。", "万亿"));
        assertEquals("1409万 1409 万人次 null", figure("分别达1409万、1305万人次。", "1409"));
    }

    @Test
    void tenthsAndThresholdsThatDescribeANoun() {
        assertEquals("七成以上 7 成 at_least", figure("覆盖七成以上。", "七"));
        assertNull(figure("改革一成不变。", "一"), "一成不变 is a word");
        assertNull(figure("建设150万吨以上的物流园区。", "150"));
        assertEquals("60%以上 60 % at_least", figure("60%以上的机构。", "60"), "a share with 的 is still a figure");
        assertNull(figure("淘汰10万千瓦及以下燃煤机组。", "10"));
    }

    @Test
    void theClauseEndsAfterAnOptionalQualifier() {
        assertTrue(NumberFigure.clauseEnds("达到万亿以上，", 4, 7));
        assertFalse(NumberFigure.clauseEnds("达到万亿元", 4, 5));
        assertTrue(NumberFigure.isRangeDash('～'));
    }
}
