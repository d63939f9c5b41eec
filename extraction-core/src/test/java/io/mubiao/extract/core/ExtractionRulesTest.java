package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.text.DocumentDates;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Focused rules on short texts: each assertion states one convention of shared/eval/SCHEMA.md. */
class ExtractionRulesTest {
    private final Extractor extractor = new Extractor();

    private List<Target> targets(String text) {
        return extractor.targets(new SourceDocument("t", text, null));
    }

    private List<Target> targets(String text, LocalDate date) {
        return extractor.targets(new SourceDocument("t", text, date));
    }

    private Target only(String text) {
        List<Target> ts = targets(text);
        assertEquals(1, ts.size(), () -> "expected one target in " + text + " but got " + ts);
        return ts.get(0);
    }

    @Test
    void unitsMultipliersAndNormalization() {
        Target t = only("盘活土地2.26万亩。");
        assertEquals(2.26, t.value());
        assertEquals("万亩", t.unit());
        assertEquals(22600, t.normalizedValue(), 1e-6);
        assertEquals("亩", t.baseUnit());

        Target gdp = only("地区生产总值预计达到1.6万亿元左右。");
        assertEquals("万亿元", gdp.unit());
        assertEquals(1.6e12, gdp.normalizedValue(), 1);

        Target pm = only("PM2.5年均浓度降至38微克/立方米以下。");
        assertEquals(38, pm.value());
        assertEquals("微克/立方米", pm.unit());
        assertEquals("at_most", pm.comparator());
        assertEquals("PM2.5年均浓度", pm.indicator());
    }

    @Test
    void chineseNumeralsWithMagnitudesAndFixedReadings() {
        Target t = only("南港工业区产值突破千亿元。");
        assertEquals(1000, t.value());
        assertEquals("亿元", t.unit());
        assertEquals("at_least", t.comparator());

        Target share = only("财政支出的七成以上用于民生领域。");
        assertEquals(7, share.value());
        assertEquals("成", share.unit());
        assertEquals(70, share.normalizedValue(), 1e-9);
        assertEquals("%", share.baseUnit());
        assertEquals("at_least", share.comparator());
        assertEquals("share", share.measure());

        Target growth = only("航空航天等产业保持两位数增长。");
        assertEquals(10, growth.value());
        assertEquals("rate", growth.measure());
        assertEquals("at_least", growth.comparator());

        Target third = only("农村贫困人口减少三分之一。");
        assertEquals(-0.3333, third.value(), 1e-9); // a fraction in words: four places, empty unit (SCHEMA.md)
        assertEquals("", third.unit());
        assertEquals("rate", third.measure());
    }

    @Test
    void rangesKeepBothBounds() {
        Target t = only("经济增长4.5%-5%。");
        assertEquals(4.5, t.value());
        assertEquals(5.0, t.valueMax());
        assertEquals("%", t.unit());
        assertEquals("rate", t.measure());
    }

    @Test
    void comparators() {
        assertEquals("approx", only("地区生产总值增长5%左右。").comparator());
        assertEquals("approx", only("提供长度约45公里的公共休闲岸线。").comparator());
        assertEquals("at_least", only("集装箱吞吐量突破2400万标准箱。").comparator());
        assertEquals("at_least", only("航运集聚区新落户企业300余家。").comparator());
        assertEquals("at_least", only("优良天数比率达到72%以上。").comparator());
        assertEquals("at_most", only("居民消费价格涨幅控制在3%左右。").comparator()); // a cap outranks 左右
        assertEquals("exact", only("城镇新增就业30万人。").comparator());
    }

    @Test
    void measureAndSign() {
        Target down = only("PM2.5年均浓度同比下降7.3%。");
        assertEquals("rate", down.measure());
        assertEquals(-7.3, down.value());
        assertEquals("share", only("城镇调查失业率5.5%左右。").measure());
        assertEquals("delta", only("优良天数同比增加36天。").measure());
        assertEquals("delta", only("优良天数比率五年提高15.3个百分点。").measure());
        assertEquals("amount", only("新增城市停车泊位5000个。").measure());
    }

    @Test
    void listsWithFenbieMapEachFigureToItsSubject() {
        List<Target> ts = targets("专精特新“小巨人”、制造业单项冠军分别增至283家、38家。");
        assertEquals(2, ts.size());
        assertEquals(283, ts.get(0).value());
        assertTrue(ts.get(0).indicator().startsWith("专精特新“小巨人”"), ts.get(0).indicator());
        assertEquals(38, ts.get(1).value());
        assertTrue(ts.get(1).indicator().startsWith("制造业单项冠军"), ts.get(1).indicator());

        List<Target> three = targets("粮食、蔬菜播种面积分别达到550万亩、75万亩以上。");
        assertEquals(List.of("粮食播种面积", "蔬菜播种面积"), three.stream().map(Target::indicator).collect(Collectors.toList()));
        assertEquals("at_least", three.get(0).comparator(), "以上 after the last figure applies to the whole list");
    }

    @Test
    void sharedSubjectsGiveOneTargetEach() {
        List<Target> ts = targets("国家高新技术企业、科技型中小企业均突破1.2万家。");
        assertEquals(List.of("国家高新技术企业", "科技型中小企业"), ts.stream().map(Target::indicator).collect(Collectors.toList()));
        // a list of short modifiers qualifies one subject
        assertEquals(1, targets("飞机、船舶、海工平台跨境租赁业务占全国比重超过70%。").size());
        assertEquals(1, targets("航空航天、车联网、信创等产业保持两位数增长。").size());
    }

    @Test
    void nonTargets() {
        assertTrue(targets("2023年5月31日召开市委十二届三次全会。").isEmpty(), "dates");
        assertTrue(targets("地铁4号线、5G基站和PM2.5治理，纪念建国75周年，第五次全国经济普查。").isEmpty(), "names, anniversaries, ordinals");
        assertTrue(targets("实施“十四五”规划，推进十项行动，落实《天津市2021年行动方案》。").isEmpty(), "plan names and book titles");
        assertTrue(targets("投稿与新闻线索: 手机:13693626116 邮箱:someone#example.com").isEmpty(), "page furniture");
        List<Target> chain = targets("12条重点产业链增加值同比增长3.5%。");
        assertEquals(1, chain.size(), "the count of chains is part of the subject");
        assertEquals(3.5, chain.get(0).value());
    }

    @Test
    void yearsFromSectionsParagraphsAndSentences() {
        String report = "2024工作回顾\n一年来，全市地区生产总值预计增长4.7%左右。\n2025工作安排\n"
                + "全市经济社会发展的预期目标是：地区生产总值增长5%左右。\n";
        List<Target> ts = targets(report);
        assertEquals(2, ts.size());
        assertEquals("achievement", ts.get(0).kind());
        assertEquals("2024", ts.get(0).year());
        assertEquals("target", ts.get(1).kind());
        assertEquals("2025", ts.get(1).year());

        String speech = "──2023年1月11日在天津市第十八届人民代表大会第一次会议上\n"
                + "五年来，居民人均可支配收入年均增长5.7%，全社会研发投入强度达到3.66%。\n"
                + "今后五年，经济总量力争达到2万亿元左右，到2027年工业总产值突破3万亿元。\n";
        List<Target> s = targets(speech);
        assertEquals("2018-2022", s.get(0).year(), "a flow over the review period");
        assertEquals("2022", s.get(1).year(), "a level reached at the end of the review period");
        assertEquals("2023-2027", s.get(2).year());
        assertEquals("target", s.get(2).kind());
        assertEquals("2027", s.get(3).year(), "an explicit year in the sentence wins");
    }

    @Test
    void planPeriodFromTheTitleAndDateFromTheDateline() {
        String plan = "天津十四五规划:积极发展综合智慧能源\n2021-02-10 09:53来源:天津日报\n"
                + "主要工业固体废物综合利用率保持在98%以上。到2025年绿色出行比例达到75%以上。\n";
        List<Target> ts = targets(plan);
        assertEquals(2, ts.size());
        assertEquals("2021-2025", ts.get(0).year());
        assertEquals("2025", ts.get(1).year());
        assertEquals("target", ts.get(0).kind());
        assertEquals(LocalDate.of(2021, 2, 10), DocumentDates.detect(plan));
    }

    @Test
    void aCallerSuppliedDateIsUsed() {
        Target t = only("今年城镇新增就业35万人。");
        assertNull(t.year(), "no date known: no year");
        Target dated = targets("今年城镇新增就业35万人。", LocalDate.of(2023, 1, 11)).get(0);
        assertEquals("2023", dated.year());
        assertEquals("target", dated.kind());
    }

    @Test
    void offsetsPointAtTheQuote() {
        String text = "前言。\n全年改造燃气管网723公里、供热管网1122公里。";
        for (Target t : targets(text)) {
            assertEquals(t.quote(), text.substring(t.start(), t.end()));
            assertTrue(t.sentence().contains(t.quote()));
        }
    }

    @Test
    void deterministicAcrossThreads() throws Exception {
        String text = "全市地区生产总值预计增长4.7%左右，一般公共预算收入增长5.2%，城镇调查失业率5.2%。";
        List<Target> expected = targets(text);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Target>>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(pool.submit(() -> targets(text)));
            }
            for (var f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
