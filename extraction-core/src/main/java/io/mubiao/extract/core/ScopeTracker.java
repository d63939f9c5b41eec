package io.mubiao.extract.core;

import io.mubiao.text.Heading;
import java.util.ArrayList;
import java.util.List;

/**
 * The time scope of the passage being read, line by line: the document's own (a plan's period), each
 * heading's on the path to the current line (一、“十四五”时期和2025年工作回顾 → 2021-2025, reported),
 * and the paragraph's opening cue (五年来，… ; 各位代表，刚刚过去的2025年，…). A cue for part of a year
 * (一季度, 今年以来) holds for its own paragraph only; other cues carry on until a heading resets them.
 */
final class ScopeTracker {
    private final Integer docYear;
    private final TimeScope docScope;
    private final List<Heading> path = new ArrayList<>();
    private final List<TimeScope> pathScopes = new ArrayList<>();
    private TimeScope paragraphScope = TimeScope.NONE;

    ScopeTracker(Integer docYear, TimeScope docScope) {
        this.docYear = docYear;
        this.docScope = docScope;
    }

    /**
     * A work report speaks of its own year wherever no heading or paragraph names another: the list of
     * 民生实事 closing a report of 2026 is for 2026 (the kind still comes from the clause's words).
     */
    static TimeScope documentScope(TimeScope planScope, String genre, Integer docYear) {
        if (ScopeTracker.known(planScope) || docYear == null || !"政府工作报告".equals(genre)) {
            return planScope;
        }
        return TimeScope.year(null, docYear);
    }

    /** A heading closes the headings at its level or deeper; one with a time cue ends the paragraph scope. */
    void heading(Heading h) {
        while (!path.isEmpty() && path.get(path.size() - 1).level() >= h.level()) {
            path.remove(path.size() - 1);
            pathScopes.remove(pathScopes.size() - 1);
        }
        TimeScope hs = TimeCues.heading(h.fullTitle(), docYear);
        path.add(h);
        pathScopes.add(hs);
        if (h.level() == 1 || hs.from() != null) {
            paragraphScope = TimeScope.NONE; // a heading saying only 成效 (no year) leaves 2025年… of the paragraphs above
        }
    }

    /** The scope of a paragraph that opens with {@code opening}. */
    TimeScope paragraph(String opening) {
        TimeScope section = docScope;
        for (TimeScope s : pathScopes) {
            section = s.orElse(section);
        }
        TimeScope cue = TimeCues.cue(opening, docYear);
        if (known(cue) && TimeCues.isShortRun(opening)) {
            return cue.orElse(paragraphScope).orElse(section); // 一季度…: this paragraph only
        }
        if (known(cue)) {
            paragraphScope = cue;
        }
        return paragraphScope.orElse(section);
    }

    /** The titles of the headings above the current line, outermost first. */
    List<String> section() {
        List<String> out = new ArrayList<>(path.size());
        for (Heading p : path) {
            out.add(p.fullTitle());
        }
        return out;
    }

    static boolean known(TimeScope s) {
        return s.kind() != null || s.from() != null;
    }
}
