package io.mubiao.targets.api;

import io.mubiao.contracts.taxonomy.Theme;
import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import io.mubiao.targets.query.Checks;

/** The {@code theme} parameter: a code of the configured taxonomy, or a 400 listing the codes. */
final class ThemeCodes {
    private ThemeCodes() {
    }

    static String check(ThemeTaxonomy taxonomy, String theme) {
        return Checks.oneOf("theme", theme, taxonomy.themes().stream().map(Theme::code).toList());
    }
}
