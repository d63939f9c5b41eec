package io.mubiao.targets.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorSynonymsTest {
    final IndicatorSynonyms synonyms = IndicatorSynonyms.loadDefault();

    @Test
    void variantsAndScopePrefixesShareTheCanonicalKey() {
        assertEquals("地区生产总值", synonyms.key("全市地区生产总值"));
        assertEquals("地区生产总值", synonyms.key("GDP"));
        assertEquals("地区生产总值", synonyms.key("ｇｄｐ"));
        assertEquals("地区生产总值", synonyms.key("全市生产总值"));
        assertEquals("优良天数比率", synonyms.key("空气质量优良天数比例"));
        assertEquals("优良天数比率", synonyms.key("空气质量优良天数比率"));
        assertEquals("PM2.5年均浓度", synonyms.key("PM2.5平均浓度"));
        assertEquals("PM2.5年均浓度", synonyms.key("细颗粒物（PM2.5）年均浓度"));
        assertEquals("一般公共预算收入", synonyms.key("全市一般公共预算收入"));
    }

    /** The wordings of the provinces' reports group as one indicator, whatever the province. */
    @Test
    void provincesWordTheSameIndicatorDifferently() {
        for (String gdp : new String[] {"经济增长", "经济", "全省生产总值", "全省地区生产总值", "全区生产总值", "我省地区生产总值",
                "地区生产总值增长", "生产总值", "国内生产总值"}) {
            assertEquals("地区生产总值", synonyms.key(gdp), gdp);
        }
        for (String cpi : new String[] {"居民消费价格涨幅", "居民消费价格上涨", "居民消费价格", "居民消费价格指数涨幅"}) {
            assertEquals("居民消费价格涨幅", synonyms.key(cpi), cpi);
        }
        assertEquals("规模以上工业增加值", synonyms.key("规模工业增加值"));
        assertEquals("规模以上工业增加值", synonyms.key("规上工业增加值"));
        assertEquals("海洋生产总值", synonyms.key("海洋生产总值"), "a sector's output is not the region's");
        assertEquals("数字经济", synonyms.key("数字经济"), "a part of the economy is not the economy");
    }

    @Test
    void unknownIndicatorsKeepTheirNormalizedText() {
        assertEquals("集装箱航线", synonyms.key(" 集装箱航线 "));
        assertEquals("新增“口袋公园”".replaceAll("[“”]", ""), synonyms.key("我市新增“口袋公园”"));
        assertEquals("全国重点实验室", synonyms.key("全国重点实验室"), "全国 is part of names, not a scope");
        assertEquals("全市", IndicatorNames.normalize("全市"), "a prefix alone stays");
    }

    @Test
    void directionsComeFromTheResource() {
        assertEquals(Optional.of(Direction.DOWN), synonyms.direction("PM2.5年均浓度"));
        assertEquals(Optional.of(Direction.UP), synonyms.direction("地区生产总值"));
        assertTrue(synonyms.direction("居民消费价格涨幅").isEmpty());
    }

    @Test
    void aVariantOfTwoNamesIsRefused() {
        String json = "{\"indicators\":[{\"name\":\"A指标\",\"variants\":[\"X指标\"]},{\"name\":\"B指标\",\"variants\":[\"X指标\"]}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndicatorSynonyms.parse(json.getBytes(StandardCharsets.UTF_8), "test"));
        assertTrue(e.getMessage().contains("X指标"));
    }
}
