package io.mubiao.contracts.regions;

import io.mubiao.contracts.vocabulary.RegionLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One name per area: every way of writing a provincial-level division gives its full name. */
class RegionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            天津          | 天津市             | PROVINCE
            天津市        | 天津市             | PROVINCE
            津            | 天津市             | PROVINCE
            广西          | 广西壮族自治区     | PROVINCE
            桂            | 广西壮族自治区     | PROVINCE
            黑龙江省      | 黑龙江省           | PROVINCE
            内蒙古        | 内蒙古自治区       | PROVINCE
            香港          | 香港特别行政区     | PROVINCE
            全国          | 全国               | NATIONAL
            中国          | 全国               | NATIONAL
            深圳市        | 深圳市             | CITY
            吉林市        | 吉林市             | CITY
            延边朝鲜族自治州 | 延边朝鲜族自治州 | CITY
            天津滨海新区  | 天津市滨海新区     | DISTRICT
            上海市浦东新区 | 上海市浦东新区    | DISTRICT
            河北区        | 河北区             | DISTRICT
            蓟县          | 蓟县               | DISTRICT
            广东省 深圳市 | 广东省深圳市       | CITY
            """)
    void normalizes(String written, String name, RegionLevel level) {
        assertEquals(new Region(name, level), Regions.normalize(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"全省", "本市", "我区", "省人民政府", "天津市人民政府", "地区", "新区", "abc", "报告", " ",
            "某市", "某某县", "×××市", "XX区"})
    void namesNoArea(String written) {
        assertNull(Regions.normalize(written), written);
    }

    @Test
    void theShortNamesOfTheProvincialDivisions() {
        List<String> names = Regions.provincialShortNames();
        assertEquals(34, names.size(), "34 provincial-level divisions, each with one short name");
        for (String name : names) {
            assertEquals(RegionLevel.PROVINCE, Regions.normalize(name).level(), name);
        }
        assertTrue(names.containsAll(List.of("天津", "广西", "内蒙古", "黑龙江")));
    }
}
