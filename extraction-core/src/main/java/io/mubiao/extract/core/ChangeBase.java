package io.mubiao.extract.core;

import java.util.regex.Pattern;

/**
 * The base figure of a change, A of 从A增长到B (SCHEMA: two lines, A an achievement of the base year, B of the end
 * year): 过去五年，上市公司从518家增加到731家 gives 518家 of 2020 and 731家 of 2025; in this year's plan
 * 农村低保标准…从77%提高到80%以上, 77% is last year's level. A base year written after 从 (从2020年的10.5万元) is the
 * figure's own year and wins.
 */
final class ChangeBase {
    private static final Pattern YEAR_AFTER_FROM = Pattern.compile("[从由][^，,；。]*(?:19|20)\\d\\d年");

    private ChangeBase() {
    }

    /** The scope of a base figure: an achievement of the year before the change's span; others unchanged. */
    static TimeScope scope(String pre, TimeScope scope) {
        if (!IndicatorPhrases.isBase(pre) || YEAR_AFTER_FROM.matcher(pre).find()) {
            return scope;
        }
        return scope.from() == null ? new TimeScope("achievement", null, null) : TimeScope.year("achievement", scope.from() - 1);
    }
}
