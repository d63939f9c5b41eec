package io.mubiao.extract.core;

/**
 * One figure of a sentence with the part of its clause that belongs to it: the text before it that
 * names it ({@link #pre}), a noun after a counted figure that is its object ({@link #post}), and whether
 * a list joiner (、和及与) separates it from the figure before.
 */
final class ClauseFigure {
    final Mention mention;
    /** Start and end of the clause (between commas) the figure stands in. */
    final int clauseStart;
    final int clauseEnd;
    /** Where this figure's own text before it starts (after the previous figure's joiner). */
    int preStart;
    /** Where the text after the figure that belongs to it ends. */
    int postEnd;
    /** A list joiner stands between the previous figure and this one (580种药品和26种医用耗材). */
    boolean separated;
    String pre = "";
    String post = "";
    /** A noun follows the figure and is its object (新建730处健身场地设施). */
    boolean prefixCount;
    /** The figure only describes a subject or groups the next count: no statement of its own. */
    boolean dropped;

    ClauseFigure(Mention mention, int clauseStart, int clauseEnd) {
        this.mention = mention;
        this.clauseStart = clauseStart;
        this.clauseEnd = clauseEnd;
        this.preStart = clauseStart;
        this.postEnd = clauseEnd;
    }

    boolean sameClause(ClauseFigure other) {
        return other != null && other.clauseStart == clauseStart;
    }
}
