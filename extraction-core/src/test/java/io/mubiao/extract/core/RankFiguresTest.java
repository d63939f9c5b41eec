package io.mubiao.extract.core;

import static io.mubiao.extract.core.FigureTestSupport.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFiguresTest {
    @Test
    void aRankAfterARankVerbOrAScopeClosingTheClause() {
        assertEquals(List.of("位居全国第三 3 位 exact"), pattern(RankFigures::ranks, "经济总量位居全国第三。"));
        assertEquals(List.of("全国第二 2 位 exact"), pattern(RankFigures::ranks, "专利授权量全国第二。"), "a scope alone");
        assertEquals(List.of("居各省区第一 1 位 exact"), pattern(RankFigures::ranks, "增速居各省区第一，"));
        assertEquals(List.of("保持全国首位 1 位 null"), pattern(RankFigures::ranks, "数字经济规模保持全国首位。"));
        assertEquals(List.of("进入前十 10 名 at_most"), pattern(RankFigures::ranks, "营商环境评价进入前十。"));
    }

    @Test
    void anOrdinalOrARankWithoutAVerbOrScopeIsNoFigure() {
        assertEquals(List.of(), pattern(RankFigures::ranks, "建成全国第一个数据交易所。"), "第一个: an ordinal");
        assertEquals(List.of(), pattern(RankFigures::ranks, "第三产业增加值增长5%。"));
        assertEquals(List.of(), pattern(RankFigures::ranks, "召开第三次会议。"));
    }

    @Test
    void aTitleWonIsARank() {
        assertEquals(List.of("勇夺世俱杯亚军 2 位 exact"), pattern(RankFigures::titles, "球队勇夺世俱杯亚军。"));
        assertEquals(List.of(), pattern(RankFigures::titles, "培育单项冠军企业12家。"), "单项冠军企业: part of a name");
    }
}
