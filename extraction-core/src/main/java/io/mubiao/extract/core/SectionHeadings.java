package io.mubiao.extract.core;

import io.mubiao.text.Heading;
import io.mubiao.text.Section;
import io.mubiao.text.SectionFinder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The headings of a document by the line they stand on: the sections its reader found (ingest's event, the
 * command line's document-formats) or, when none are given, those {@link SectionFinder} finds in the text, with
 * the same rules. An inline heading ((一)建设生态屏障。重点实施…) leaves the rest of its line to be read.
 */
final class SectionHeadings {
    private final String text;
    private final Map<Integer, Section> byLineStart = new HashMap<>();

    private SectionHeadings(String text, List<Section> sections) {
        this.text = text;
        for (Section s : sections) {
            byLineStart.putIfAbsent(s.start(), s);
        }
    }

    static SectionHeadings of(SourceDocument document) {
        List<Section> given = document.sections();
        return new SectionHeadings(document.text(), given.isEmpty() ? SectionFinder.find(document.text()) : given);
    }

    /** The heading on the line {@code [lineStart, lineEnd)}, or null. */
    Heading at(int lineStart, int lineEnd) {
        Section s = byLineStart.get(lineStart);
        if (s == null) {
            return null;
        }
        String line = text.substring(lineStart, lineEnd);
        int title = s.heading().isEmpty() ? -1 : line.indexOf(s.heading());
        int after = title < 0 ? line.length() : title + s.heading().length();
        // 。 closing the title with more text after it: an inline heading, the paragraph follows
        int bodyAt = after + 1 < line.length() && line.charAt(after) == '。' ? after + 1 : line.length();
        return new Heading(s.level(), s.label(), s.heading(), bodyAt);
    }
}
