package io.mubiao.extract.core;

import io.mubiao.extract.core.table.Table;
import io.mubiao.text.Section;
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
 * @param sections the headings its reader found (ingest's documents.ingested event, document-formats' ReadDocument),
 *                 offsets in {@code text}; empty when not known: the core then finds them itself with the same rules
 */
public record SourceDocument(String name, String text, LocalDate date, String genre, List<Table> tables,
                             List<Section> sections) {
    public SourceDocument {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        tables = tables == null ? List.of() : List.copyOf(tables);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A document whose sections are not known. */
    public SourceDocument(String name, String text, LocalDate date, String genre, List<Table> tables) {
        this(name, text, date, genre, tables, List.of());
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
