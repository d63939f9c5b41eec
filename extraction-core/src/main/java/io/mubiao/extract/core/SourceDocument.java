package io.mubiao.extract.core;

import io.mubiao.extract.core.table.Table;
import java.time.LocalDate;
import java.util.List;

/**
 * The input of the extraction core.
 *
 * @param name   a display name (file name or document id); echoed as {@code doc} by the command line
 * @param text   the document's text; every offset in the result refers to it
 * @param date   the document's own date when the caller knows it, else null (the core then looks in the text)
 * @param genre  the genre the document reader found (政府工作报告, 新闻发布会, 规划, 行动方案, …), or null
 * @param tables the document's tables as its reader laid them out (each row a line of {@code text}); empty when
 *               none or unknown (plain text)
 */
public record SourceDocument(String name, String text, LocalDate date, String genre, List<Table> tables) {
    public SourceDocument {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** A document without tables. */
    public SourceDocument(String name, String text, LocalDate date, String genre) {
        this(name, text, date, genre, List.of());
    }

    /** A document whose genre is not known. */
    public SourceDocument(String name, String text, LocalDate date) {
        this(name, text, date, null);
    }
}
