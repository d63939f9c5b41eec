package io.mubiao.extract.core.entity;

import java.util.regex.Pattern;

/**
 * A public service hotline is named by its short number (12345热线, 12356心理援助热线, 12345政务服务便民热线,
 * “12345”热线) → FACILITY, a service platform (SCHEMA). The number is a whole run of five digits (not 0123456热线), at
 * most eight characters stand between it and 热线, and no punctuation.
 */
final class HotlineFinder extends PatternFinder {

    private static final Pattern HOTLINE = Pattern.compile("(?<![\\d.])(?:“\\d{5}”|\\d{5})\\p{IsHan}{0,8}?热线");

    HotlineFinder() {
        super("热线", HOTLINE, "FACILITY");
    }
}
