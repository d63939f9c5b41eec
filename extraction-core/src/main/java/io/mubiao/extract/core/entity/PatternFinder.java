package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A finder whose names are the matches of one pattern, looked for only on lines that hold its cue. */
abstract class PatternFinder implements NameFinder {

    private final String cue;
    private final Pattern pattern;
    private final String type;

    PatternFinder(String cue, Pattern pattern, String type) {
        this.cue = cue;
        this.pattern = pattern;
        this.type = type;
    }

    @Override
    public final void find(LineContext line, List<Span> out) {
        if (line.s.indexOf(cue) < 0) {
            return;
        }
        Matcher m = pattern.matcher(line.s);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), type, m.group(), 3));
        }
    }
}
