package io.mubiao.documents;

import java.util.List;

/**
 * What a format reader got out of the bytes, before boilerplate removal: pieces of text in reading order, some
 * already recognized as page furniture by the format's structure (an HTML {@code <nav>}), and what the format
 * itself says about the document.
 *
 * @param blocks    the pieces in order
 * @param htmlTitle the page's own title ({@code <h1>}, else {@code <title>}), or null
 * @param charset   the charset the bytes were decoded with, or null for binary formats
 * @param paged     true for PDF: bare numbers on a line of their own are page numbers there
 * @param tables    the tables found, in order; each is also in the blocks as one line per row
 */
record RawDocument(List<Block> blocks, String htmlTitle, String charset, boolean paged, List<RawTable> tables) {
    RawDocument(List<Block> blocks, String htmlTitle, String charset, boolean paged) {
        this(blocks, htmlTitle, charset, paged, List.of());
    }

    /**
     * @param text      the text; lines separated by {@code \n}
     * @param removedAs null for document text, else the reason it is furniture (navigation, breadcrumb, ...)
     */
    record Block(String text, String removedAs) {
        static Block text(String text) {
            return new Block(text, null);
        }
    }
}
