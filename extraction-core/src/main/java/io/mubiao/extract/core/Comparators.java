package io.mubiao.extract.core;

/**
 * The comparator of a figure: approx (左右, 约), at_least (以上, 突破, 超过, 逾, 余, 多), at_most
 * (以下, 以内, 不超过, 控制在), else exact. A ceiling verb (控制在…左右) outranks the approximation
 * after the number: the statement sets a cap.
 */
public final class Comparators {
    private Comparators() {
    }

    /**
     * @param pre      the text of the clause before the figure
     * @param mention  the figure, with the comparator its own suffix carries
     */
    public static String resolve(String pre, Mention mention) {
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
        return "exact";
    }
}
