package io.mubiao.targets.indicators;

import io.mubiao.text.Normalization;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The general normalization of an indicator name, before the synonym lookup: Unicode NFKC (full-width
 * letters and brackets become ASCII), no white space or quotation marks, and no leading scope word that
 * only says whose figure it is (全市地区生产总值 → 地区生产总值, 我市… , 全省…).
 */
public final class IndicatorNames {
    /** Scope words removed from the start; 全国 is not one of them (全国重点实验室 is a name). */
    static final List<String> SCOPE_PREFIXES = List.of("全市", "全区", "全县", "全省", "我市", "我区", "我县", "我省",
            "本市", "本区", "本县", "本省", "全年");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]+");

    private IndicatorNames() {
    }

    /** The normalized name; blank input gives "". */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = QUOTES.matcher(Normalization.key(name)).replaceAll("");
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : SCOPE_PREFIXES) {
                // Keep at least two characters: a prefix that is the whole name is the name.
                if (s.startsWith(prefix) && s.length() >= prefix.length() + 2) {
                    s = s.substring(prefix.length());
                    stripped = true;
                }
            }
        }
        return s;
    }

    /** The form two names are compared in: normalized, Latin letters upper-cased (gdp = GDP). */
    static String comparable(String name) {
        return normalize(name).toUpperCase(Locale.ROOT);
    }
}
