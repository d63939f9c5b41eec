package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-character province or city abbreviation after a motion or stay verb (在津, 来津, 赴沪, 驻豫): a LOCATION whose
 * canonical form is the full name. The abbreviations are data ({@code [province-abbreviations]}).
 */
final class ProvinceAbbreviationFinder implements NameFinder {

    private final Map<String, String> names;
    private final Pattern cue;

    ProvinceAbbreviationFinder(CueLexicon cues) {
        this.names = cues.map("province-abbreviations");
        this.cue = Pattern.compile("(?<=[在来赴驻留离返抵])([" + String.join("", names.keySet()) + "])");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        Matcher m = cue.matcher(line.s);
        while (m.find()) {
            if (line.unitAt(m.start()).length() != 1) {
                continue; // 在京剧…: the character belongs to a longer word
            }
            String full = names.get(m.group());
            Gazetteer.Entry e = line.gazetteer.lookup(full);
            out.add(new Span(m.start(), m.end(), "LOCATION", e != null ? e.canonical() : full, 0));
        }
    }
}
