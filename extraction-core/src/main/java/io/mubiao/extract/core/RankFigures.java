package io.mubiao.extract.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rank is a figure when it is what the clause states: a rank word (第三, 前十, 首位, 榜首) after a rank verb or a
 * scope (位居全国第三, 稳居第一, 居各省区第一, 全国首位), ending the clause (全国第一个…, 全国第一批… are ordinals).
 * Unit 位 (名 when written or for 前N), 1 for 首位/榜首. A title won is a rank too (勇夺世俱杯亚军: 冠军 1, 亚军 2,
 * 季军 3). The words are the rank sections of {@code extraction/numbers.txt}.
 */
final class RankFigures {
    private static final String NUM = "[" + Numerals.CHINESE + "0-9０-９]+";
    private static final Pattern RANK_WORD = Pattern.compile("(?:(第|前)(" + NUM + ")(位|名)?|(首位|榜首))");
    private static final Pattern TITLE = Pattern.compile("(冠军|亚军|季军)");

    private RankFigures() {
    }

    /** 位居全国第三, 全国首位, 进入前十名. */
    static void ranks(String region, FigureClaims claims) {
        if (!FigurePattern.has(region, "第", "前", "首位", "榜首")) {
            return;
        }
        Matcher m = RANK_WORD.matcher(region);
        while (m.find()) {
            int we = m.end();
            if (!endsClause(region, we)) {
                continue;
            }
            int s = leadStart(region, m.start());
            if (s < 0) {
                continue;
            }
            if (m.group(4) != null) {
                claims.claim(s, we, 1, "位", null, "amount");
                continue;
            }
            Double n = NumberParser.parse(m.group(2));
            if (n == null || n < 1 || n > 500 || n != Math.rint(n)) {
                continue;
            }
            boolean top = "前".equals(m.group(1));
            String unit = m.group(3) != null ? m.group(3) : top ? "名" : "位";
            claims.claim(s, we, n, unit, top ? "at_most" : "exact", "amount");
        }
    }

    /**
     * Where the rank figure starts: a scope right before the rank word, a rank verb right before that or a few
     * characters earlier (居各省区第一, 稳居全国同类城市第二); -1 when there is neither.
     */
    private static int leadStart(String region, int wordStart) {
        int s = wordStart;
        String scope = NumberWords.endingAt(region, 0, s, "rank.scope");
        if (scope != null) {
            s -= scope.length();
        }
        String verb = NumberWords.endingAt(region, 0, s, "rank.verb");
        if (verb != null) {
            return s - verb.length();
        }
        for (int k = s - 1; k >= Math.max(0, s - 6); k--) {
            if (SentenceSplitter.isClauseBreak(region.charAt(k))) {
                break;
            }
            String v = NumberWords.endingAt(region, 0, k, "rank.verb");
            if (v != null) {
                return k - v.length();
            }
        }
        return scope != null ? s : -1;
    }

    /** 勇夺世俱杯亚军: a title won is a rank when a verb of winning leads to it. */
    static void titles(String region, FigureClaims claims) {
        if (!FigurePattern.has(region, "冠军", "亚军", "季军")) {
            return;
        }
        Matcher m = TITLE.matcher(region);
        while (m.find()) {
            if (!endsClause(region, m.end())) {
                continue; // 单项冠军企业: part of a name
            }
            for (int k = m.start(); k >= Math.max(0, m.start() - 12); k--) {
                if (k < m.start() && SentenceSplitter.isClauseBreak(region.charAt(k))) {
                    break;
                }
                String verb = NumberWords.endingAt(region, 0, k, "rank.title.verb");
                if (verb != null) {
                    double v = "冠军".equals(m.group(1)) ? 1 : "亚军".equals(m.group(1)) ? 2 : 3;
                    claims.claim(k - verb.length(), m.end(), v, "位", "exact", "amount");
                    break;
                }
            }
        }
    }

    private static boolean endsClause(String region, int at) {
        if (at >= region.length()) {
            return true;
        }
        char c = region.charAt(at);
        return SentenceSplitter.isClauseBreak(c) || "）)”’、".indexOf(c) >= 0 || Character.isWhitespace(c)
                || NumberWords.startingAt(region, at, "rank.after") != null;
    }
}
