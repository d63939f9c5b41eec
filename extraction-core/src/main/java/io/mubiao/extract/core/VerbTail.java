package io.mubiao.extract.core;

/**
 * The verb chain right before a figure (…同比下降 7.3%, …分别达到 25%): the comparator, measure and
 * sign rules all read it. Fillers that carry no meaning for them (分别, 均, 了, 同比, 年均) are skipped.
 */
final class VerbTail {
    private static final String[] FILLERS = {"分别", "均", "都", "了", "同比", "年均", "平均", "累计", "共", "再", "率先", "力争", "争取", "预计", " ", "\u3000"};

    private VerbTail() {
    }

    /** {@code pre} with trailing fillers removed, so that the verb in front of the figure ends it. */
    static String strip(String pre) {
        String t = pre;
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            for (String f : FILLERS) {
                if (t.endsWith(f)) {
                    t = t.substring(0, t.length() - f.length());
                    changed = true;
                }
            }
        }
        return t;
    }

    /** The longest cue of {@code section} the stripped text ends with, or null. */
    static String endingWith(String pre, String section) {
        String t = strip(pre);
        return Lexicon.endingAt(t, t.length(), section);
    }
}
