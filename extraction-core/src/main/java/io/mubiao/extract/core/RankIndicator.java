package io.mubiao.extract.core;

/**
 * A rank's indicator is its subject's standing in a scope: 区域创新能力升至全国第二 and 发展指数排位升至全球第18位
 * name 区域创新能力全国排名 and 发展指数全球排名 (SCHEMA: the rank is what the clause states). The scope is the word
 * of {@code rank.scope} right before the rank word, after an optional rank verb (位居, 升至, 跃升至 …).
 */
final class RankIndicator {
    private static final String[] RANK_WORDS = {"第", "前", "首位", "榜首"};
    /** Words that already say "rank" at the end of a subject (排位升至全球第18位): the scope's 排名 replaces them. */
    private static final String[] RANK_NOUNS = {"排名", "排位", "位次", "排序"};
    /** How far a rank word may follow its scope (全国同类城市|第二). */
    private static final int RANKED_NOUN_MAX = 4;

    private RankIndicator() {
    }

    /** The scope of a rank figure's text (升至全国第二 → 全国), or null when no scope names where it stands. */
    static String scopeOf(String figureText) {
        int at = 0;
        String verb = NumberWords.startingAt(figureText, 0, "rank.verb");
        if (verb != null) {
            at = verb.length();
        }
        return scopeAt(figureText, at);
    }

    /**
     * The scope starting at {@code at} when a rank word follows it, right after or past a short noun of what is
     * ranked (全国第12位, 全球城市首位, 全国同类城市第二 → 全国/全球), else null.
     */
    static String scopeAt(String text, int at) {
        String scope = NumberWords.startingAt(text, at, "rank.scope");
        if (scope == null) {
            return null;
        }
        int after = at + scope.length();
        for (int k = after; k <= Math.min(text.length() - 1, after + RANKED_NOUN_MAX); k++) {
            if (SentenceSplitter.isClauseBreak(text.charAt(k))) {
                return null;
            }
            for (String w : RANK_WORDS) {
                if (text.startsWith(w, k)) {
                    return scope;
                }
            }
        }
        return null;
    }

    /** 发展指数排位 + 全球 → 发展指数全球排名; a subject already ending in 全国排名 is kept. */
    static String named(String subject, String scope) {
        if (subject.endsWith(scope + "排名")) {
            return subject;
        }
        String s = subject;
        for (String noun : RANK_NOUNS) {
            if (s.endsWith(noun)) {
                s = s.substring(0, s.length() - noun.length());
                break;
            }
        }
        return s + scope + "排名";
    }
}
