package io.mubiao.extract.core.table;

/**
 * Where a figure read from a table stands: the table's caption, the row and the column header, each with its
 * offsets in the document text (a page highlights the row), and the indicator's 属性 when the table gives one.
 *
 * @param caption   the table's caption, or null
 * @param row       the row's text as one line of the document
 * @param column    the column's header (header rows joined by a space: "2025年", "年均增长（%）")
 * @param attribute 预期性 or 约束性 (the 属性 column), or null
 */
public record TableEvidence(
        String caption, int captionStart, int captionEnd,
        String row, int rowStart, int rowEnd,
        String column, int columnStart, int columnEnd,
        String attribute) {
}
