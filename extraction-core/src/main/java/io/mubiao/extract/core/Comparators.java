package io.mubiao.extract.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The comparator of a figure: approx (左右, 约), at_least (以上, 突破, 超过, 逾, 余, 多), at_most
 * (以下, 以内, 不超过, 控制在), else exact. A ceiling verb (控制在…左右) outranks the approximation
 * after the number: the statement sets a cap. A range with no qualifier is at least its lower bound.
 */
public final class Comparators {
    private static final java.util.regex.Pattern TIME_RADIUS = java.util.regex.Pattern.compile("^[^，。；、]{0,10}圈");

    private Comparators() {
    }

    /** A qualifier written right after a figure and the comparator it gives: 以上 at_least, 以内 at_most, 左右 approx. */
    record Suffix(String word, String comparator) {
    }

    /**
     * The qualifier starting at {@code at} (600万吨以上, 3%以内, 千亿元左右), or null. A one-character 多 or 余 is
     * not one here: NumberParser reads it as part of the number (500余万), a lower bound already.
     */
    static Suffix suffixAt(CharSequence text, int at) {
        String s = Lexicon.startingAt(text, at, "comparator.suffix.at_least");
        if (s != null && s.length() > 1) {
            return new Suffix(s, "at_least");
        }
        if ((s = Lexicon.startingAt(text, at, "comparator.suffix.at_most")) != null) {
            return new Suffix(s, "at_most");
        }
        if ((s = Lexicon.startingAt(text, at, "comparator.suffix.approx")) != null) {
            return new Suffix(s, "approx");
        }
        return null;
    }

    /**
     * @param pre      the text of the clause before the figure
     * @param mention  the figure, with the comparator its own suffix carries
     */
    public static String resolve(String pre, Mention mention) {
        return resolve(pre, mention, "");
    }

    /**
     * As {@link #resolve(String, Mention)}, and a travel time that names a radius (15分钟便民生活圈,
     * 1小时通勤圈) is a ceiling: everything within it. {@code after} is the text that follows the figure.
     */
    public static String resolve(String pre, Mention mention, String after) {
        if (("分钟".equals(mention.unit()) || "小时".equals(mention.unit())) && TIME_RADIUS.matcher(after).find()) {
            return "at_most";
        }
        return prefixOrOwn(pre, mention);
    }

    private static String prefixOrOwn(String pre, Mention mention) {
        if (VerbTail.endingWith(pre, "comparator.prefix.at_most") != null) {
            return "at_most";
        }
        if (mention.comparator() != null) {
            return mention.comparator();
        }
        if (VerbTail.endingWith(pre, "comparator.prefix.at_least") != null) {
            return "at_least";
        }
        if (VerbTail.endingWith(pre, "comparator.prefix.approx") != null) {
            return "approx";
        }
        if (mention.valueMax() != null) {
            return "at_least"; // a range (8-10个, 4.5%-5%) is its lower bound, at least (SCHEMA.md)
        }
        return "exact";
    }

    /**
     * The words a figure may stand between when nothing else is written around it, as in a table cell (≥2.8,
     * 不低于90, 5左右, 3.5以上): the signs and prefix words, then the suffix words, longest first.
     */
    public static List<String> qualifiersBefore() {
        return longestFirst("comparator.sign.at_least", "comparator.sign.at_most", "comparator.prefix.at_least",
                "comparator.prefix.at_most", "comparator.prefix.approx");
    }

    /** The words after a figure that qualify it (以上, 以内, 左右), longest first. */
    public static List<String> qualifiersAfter() {
        return longestFirst("comparator.suffix.at_least", "comparator.suffix.at_most", "comparator.suffix.approx");
    }

    /**
     * The comparator of a figure qualified only by a word or sign before it and a word after it (either may be
     * null): ≥2.8 and 3.5以上 at_least, ≤1.3 and 5以内 at_most, 约5 and 5左右 approx, 1250 exact.
     */
    public static String ofQualifiers(String before, String after) {
        String[] kinds = {"at_least", "at_most", "approx"};
        for (String kind : kinds) { // the word before wins: 不超过5左右 sets a cap
            if (before != null && (Lexicon.cues("comparator.prefix." + kind).contains(before)
                    || Lexicon.cues("comparator.sign." + kind).contains(before))) {
                return kind;
            }
        }
        for (String kind : kinds) {
            if (after != null && Lexicon.cues("comparator.suffix." + kind).contains(after)) {
                return kind;
            }
        }
        return "exact";
    }

    private static List<String> longestFirst(String... sections) {
        List<String> out = new ArrayList<>();
        for (String s : sections) {
            out.addAll(Lexicon.cues(s));
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }
}
