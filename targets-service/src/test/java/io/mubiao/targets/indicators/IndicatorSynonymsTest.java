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
