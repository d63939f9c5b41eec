package io.mubiao.extract.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 一半 and 半数 (0.5, empty unit, a share), 过半 (at least 0.5), 半小时 / 半天, 半成 (0.5 成). */
final class HalfFigures {
    /** 半小时, 半天; not 一个半小时 or 三天半 (read as numbers). */
    private static final Pattern HALF = Pattern.compile("(?<![" + Numerals.CHINESE + "个])半(小时|天)");

    private HalfFigures() {
    }

    static void find(String region, FigureClaims claims) {
        if (!FigurePattern.has(region, "半")) {
            return;
        }
        for (String w : new String[] {"过半", "一半", "半数", "半成"}) {
            int i = region.indexOf(w);
            while (i >= 0) {
                int e = i + w.length();
                if ("半成".equals(w)) {
                    if (i == 0 || !Numerals.isNumeral(region.charAt(i - 1))) {
                        claims.claim(i, e, 0.5, "成", null, null); // 三成半 is read with its number
                    }
                } else {
                    claims.claim(i, e, 0.5, "", "过半".equals(w) ? "at_least" : null, "share");
                }
                i = region.indexOf(w, e);
            }
        }
        Matcher m = HALF.matcher(region);
        while (m.find()) {
            claims.claim(m.start(), m.end(), 0.5, m.group(1), null, "amount");
        }
    }
}
