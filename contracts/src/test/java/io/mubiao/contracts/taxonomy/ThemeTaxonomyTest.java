package io.mubiao.contracts.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ThemeTaxonomyTest {

    @Test
    void defaultTaxonomyHasTheTwelveThemesOfTheSchema() {
        ThemeTaxonomy t = ThemeTaxonomy.loadDefault();
        assertEquals(java.util.List.of("coordination", "manufacturing", "innovation_talent", "port_city", "new_area",
                "urban_renewal", "rural", "green", "livelihood", "governance", "macro", "reform_opening"),
                t.themes().stream().map(Theme::code).toList());
        assertTrue(t.theme("green").orElseThrow().nameZh().contains("绿色低碳"));
        assertEquals("macro", t.defaultTheme());
    }

    @Test
    void defaultThemeIsTheNamedOneElseTheFirst() {
        assertEquals("b", parse("{\"defaultTheme\":\"b\",\"themes\":[{\"code\":\"a\",\"nameZh\":\"甲\",\"headingCues\":[\"甲\"]},"
                + "{\"code\":\"b\",\"nameZh\":\"乙\",\"indicatorCues\":[\"乙\"]}]}").defaultTheme());
        assertEquals("a", parse("{\"themes\":[{\"code\":\"a\",\"nameZh\":\"甲\",\"headingCues\":[\"甲\"]},"
                + "{\"code\":\"b\",\"nameZh\":\"乙\",\"indicatorCues\":[\"乙\"]}]}").defaultTheme());
        var unknown = assertThrows(ThemeTaxonomy.InvalidTaxonomyException.class, () -> parse(
                "{\"defaultTheme\":\"c\",\"themes\":[{\"code\":\"a\",\"nameZh\":\"甲\",\"headingCues\":[\"甲\"]}]}"));
        assertTrue(unknown.getMessage().contains("defaultTheme c"), unknown.getMessage());
    }

    @Test
    void malformedFilesAreRefusedWithTheProblemNamed() {
        var notJson = assertThrows(ThemeTaxonomy.InvalidTaxonomyException.class, () -> parse("{themes: ["));
        assertTrue(notJson.getMessage().contains("not valid JSON"), notJson.getMessage());
        var badCode = assertThrows(ThemeTaxonomy.InvalidTaxonomyException.class, () -> parse(
                "{\"themes\":[{\"code\":\"Green Action\",\"nameZh\":\"绿色\",\"headingCues\":[\"绿色\"]}]}"));
        assertTrue(badCode.getMessage().contains("themes[0].code"), badCode.getMessage());
        var repeated = assertThrows(ThemeTaxonomy.InvalidTaxonomyException.class, () -> parse(
                "{\"themes\":[{\"code\":\"a\",\"nameZh\":\"甲\",\"headingCues\":[\"甲\"]},"
                        + "{\"code\":\"a\",\"nameZh\":\"乙\",\"indicatorCues\":[\"乙\"]}]}"));
        assertTrue(repeated.getMessage().contains("repeated"), repeated.getMessage());
        var noCues = assertThrows(ThemeTaxonomy.InvalidTaxonomyException.class, () -> parse(
                "{\"themes\":[{\"code\":\"a\",\"nameZh\":\"甲\"}]}"));
        assertTrue(noCues.getMessage().contains("no headingCues"), noCues.getMessage());
        var unknownField = assertThrows(ThemeTaxonomy.InvalidTaxonomyException.class, () -> parse(
                "{\"themes\":[{\"code\":\"a\",\"nameZh\":\"甲\",\"headingCues\":[\"甲\"],\"colour\":\"red\"}]}"));
        assertTrue(unknownField.getMessage().contains("colour"), unknownField.getMessage());
    }

    private static ThemeTaxonomy parse(String json) {
        return ThemeTaxonomy.parse(json.getBytes(StandardCharsets.UTF_8), "test");
    }
}
