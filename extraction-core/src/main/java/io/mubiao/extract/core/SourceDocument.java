package io.mubiao.extract.core;

import java.time.LocalDate;

/**
 * The input of the extraction core.
 *
 * @param name  a display name (file name or document id); echoed as {@code doc} by the command line
 * @param text  the document's text; every offset in the result refers to it
 * @param date  the document's own date when the caller knows it, else null (the core then looks in the text)
 * @param genre the genre the document reader found (政府工作报告, 新闻发布会, 规划, 行动方案, …), or null
 */
public record SourceDocument(String name, String text, LocalDate date, String genre) {
    public SourceDocument {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }

    /** A document whose genre is not known. */
    public SourceDocument(String name, String text, LocalDate date) {
        this(name, text, date, null);
    }
}
