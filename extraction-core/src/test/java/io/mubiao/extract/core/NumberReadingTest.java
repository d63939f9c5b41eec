package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures however written, through the whole extractor: each case states what a reader of a work report
 * takes from the sentence (shared/eval/SCHEMA.md), in sentences of other shapes than the shared number suite.
 */
class NumberReadingTest {
    private final Extractor extractor = new Extractor();

    private List<Target> targets(String text) {
        return extractor.targets(new SourceDocument("t", text, null));
    }

    private Target only(String text) {
        List<Target> ts = targets(text);
        assertEquals(1, ts.size(), () -> "expected one target in " + text + " but got " + ts);
        return ts.get(0);
    }

    private void reads(String text, double value, String unit, double normalized, String baseUnit) {
        Target t = only(text);
        assertEquals(value, t.value(), 1e-9, text);
        assertEquals(unit, t.unit(), text);
        assertEquals(normalized, t.normalizedValue(), 1e-6 * Math.max(1, Math.abs(normalized)), text);
        assertEquals(baseUnit, t.baseUnit(), text);
    }

    @Test
    void countsAndQuantitiesInWords() {
        reads("全市新增就业十二万人。", 12, "万人", 120000, "人");
        reads("新建改扩建学校一百零二所。", 102, "所", 102, "所");
        reads("全年接待游客一亿二千万人次。", 12000, "万人次", 1.2e8, "人次");
        reads("财政收入达到壹佰伍拾亿元。", 150, "亿元", 1.5e10, "元");
        reads("粮食产量达到一千三百五十亿斤。", 1350, "亿斤", 1.35e11, "斤");
        reads("农业机械总动力达到三点五万千瓦。", 3.5, "万千瓦", 35000, "千瓦");
        reads("全市常住人口达到1千3百万人。", 1300, "万人", 1.3e7, "人");
    }

    @Test
    void percentagesTenthsAndFractionsInWords() {
        Target up = only("外贸进出口额增长百分之十二点五。");
        assertEquals(12.5, up.value());
        assertEquals("%", up.unit());
        assertEquals("rate", up.measure());
        reads("城镇调查失业率控制在百分之五点五以内。", 5.5, "%", 5.5, "%");
        reads("农村居民收入增长两成以上。", 2, "成", 20, "%");
        reads("研发投入占比增长千分之三。", 0.3, "%", 0.3, "%");
        Target third = only("全市三分之二的街道完成改造。");
        assertEquals(0.6667, third.value(), 1e-9, "a fraction in words has four places and no unit");
        assertEquals("", third.unit());
        assertEquals("share", third.measure());
        Target digits = only("船舶出口规模占全国1/3以上。");
        assertEquals(0.3333, digits.value(), 1e-9);
        assertEquals("at_least", digits.comparator());
    }

    @Test
    void roundFiguresAreLowerBounds() {
        Target t = only("新增城镇就业十多万人。");
        assertEquals(10, t.value());
        assertEquals("万人", t.unit());
        assertEquals("at_least", t.comparator());
        assertEquals("at_least", only("培育优质企业千余家。").comparator());
        assertEquals(1000, only("培育优质企业千余家。").value());
    }

    @Test
    void figuresWithoutADigitAfterAWordOfLevel() {
        Target t = only("全省居民人均可支配收入超万元。");
        assertEquals(1, t.value());
        assertEquals("万元", t.unit());
        assertEquals("at_least", t.comparator());
        assertEquals(1e12, only("规上工业营业收入突破万亿元。").normalizedValue(), 1);
        Target closing = only("海洋生产总值突破万亿。");
        assertEquals("万亿", closing.unit(), "a magnitude closing the clause keeps its unit unsaid");
        Target half = only("过半街道完成改造。");
        assertEquals(0.5, half.value());
        assertEquals("at_least", half.comparator());
        assertTrue(targets("建设南港百万吨乙烯项目，新开工亿元以上项目，推进万人助万企活动。").isEmpty(),
                "a magnitude without a digit names a size, not a figure");
    }

    @Test
    void ranks() {
        for (String s : new String[] {"进出口总额居全国第三。", "研发投入强度排名全省第三。", "高铁路网密度居各省区第三。",
                "实际使用外资连续8年全国第三。"}) {
            Target t = only(s);
            assertEquals(3, t.value(), s);
            assertEquals("位", t.unit(), s);
            assertEquals("amount", t.measure(), s);
        }
        assertEquals(1, only("新能源汽车产量全球首位。").value());
        assertEquals(1, only("制造业增加值规模稳居全国榜首。").value());
        assertEquals(2, only("女排勇夺世俱杯亚军。").value());
        Target top = only("制度创新指数稳居全国前三。");
        assertEquals("名", top.unit());
        assertEquals("at_most", top.comparator());
        assertTrue(targets("建成全国第一个自贸区，入选全国第一批试点。").isEmpty(), "ordinals are not ranks");
        assertTrue(targets("培育国家级制造业单项冠军企业。").isEmpty(), "a title inside a name is not a rank");
    }

    @Test
    void compoundUnitsAndCountedEquipment() {
        reads("全员劳动生产率达到25万元/人。", 25, "万元/人", 250000, "元/人");
        reads("新建商品住宅均价1.5万元/平方米。", 1.5, "万元/平方米", 15000, "元/平方米");
        reads("单位地区生产总值能耗0.32吨标准煤/万元。", 0.32, "吨标准煤/万元", 0.32, "吨标准煤/万元");
        List<Target> ts = targets("新增工业机器人3200台、新能源公交车1500辆、无人机120架、卫星60颗。");
        assertEquals(List.of("台", "辆", "架", "颗"), ts.stream().map(Target::unit).toList());
    }

    @Test
    void durationsNamesAndTermsAreNotFigures() {
        Target t = only("粮食产量连续5年稳定在700亿斤以上。");
        assertEquals(700, t.value(), "the run of years only qualifies the figure");
        assertTrue(targets("知识产权保护连续三年考核优秀，5年来持续推进，历时12年建成。").isEmpty(), "durations");
        assertTrue(targets("实施十项行动，坚决做到“两个维护”，落实“新二十条”，推动城乡二元结构破除，重点做好十个方面工作。").isEmpty(),
                "numbers in words inside names, slogans and terms");
        assertTrue(targets("落实“十四五”规划和第十五个五年规划，召开十四届十次全会。").isEmpty(), "plan names and meetings");
        assertTrue(targets("推动“117项目”核心区建设，建成25兆瓦级风电主轴轴承。").isEmpty(), "quoted names and size classes");
        assertTrue(targets("建设年运量150万吨以上的物流园区，关停10万千瓦及以下燃煤机组，覆盖3岁以下婴幼儿。").isEmpty(),
                "thresholds and ages that describe a noun");
        assertEquals(82.58, only("人均预期寿命达到82.58岁。").value(), "an age closing the clause is a figure");
        assertEquals(45, only("完成城镇新增就业45万人以上的目标。").value(), "a figure of the target itself");
        assertEquals(1, only("推动城区“1小时交通圈”基本建成。").value(), "a quoted radius still states a figure");
    }
}
