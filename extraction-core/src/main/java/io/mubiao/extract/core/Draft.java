package io.mubiao.extract.core;

/**
 * A figure tied to its indicator, before the time and kind rules run.
 *
 * @param pre         the clause text before the figure that the verb rules read (for a list, the leader's)
 * @param comparator  a comparator a list passes on to its members (分别达到550万亩、75万亩以上), or null
 */
record Draft(Mention mention, int quoteStart, int quoteEnd, String indicator, String subject, String pre, String comparator) {
    /** This draft under another name. */
    Draft named(String name) {
        return new Draft(mention, quoteStart, quoteEnd, name, subject, pre, comparator);
    }
}
