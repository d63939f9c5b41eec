package io.mubiao.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one normalization under which two spellings of a name or a quote are the same: Unicode NFKC (full-width
 * letters, digits and brackets become ASCII: ＧＤＰ（亿元） → GDP(亿元)) and no white space at all (天津 市 → 天津市),
 * as shared/eval/score.py's norm() does it. Used to compare and to key, never to rewrite a document's text.
 */
public final class Normalization {
    /** Unicode white space, as Python's \s: score.py's norm() removes it all. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Normalization() {
    }

    /** NFKC, then every white-space character removed; "" for null. */
    public static String key(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return WHITE_SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }
}
