package io.mubiao.extract.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences at 。！？；: a Chinese semicolon closes a statement as firmly
 * as a full stop in work reports (2022年…1.6万亿元；…年均增长5.7%), and a year stated in one
 * sentence must not leak into the next.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    /** The sentences of {@code text[from, to)}, leading blanks skipped; each ends after its closing mark. */
    public static List<TextSpan> split(String text, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        int s = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '!' || c == '?' || c == '…' && i + 1 < to && text.charAt(i + 1) == '…') {
                int e = i + 1;
                while (e < to && (text.charAt(e) == '”' || text.charAt(e) == '…' || text.charAt(e) == '）')) {
                    e++;
                }
                add(out, text, s, e);
                s = e;
                i = e - 1;
            }
        }
        add(out, text, s, to);
        return out;
    }

    private static void add(List<TextSpan> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        if (e > s) {
            out.add(new TextSpan(s, e));
        }
    }

    /** True for the marks that end a clause inside a sentence (comma, colon, semicolon, stop). */
    public static boolean isClauseBreak(char c) {
        switch (c) {
            case '，': case ',': case '；': case ';': case '：': case ':': case '。': case '！': case '？':
            case '!': case '?': case '\n': case '—': case '…':
                return true;
            default:
                return false;
        }
    }
}
