package io.mubiao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The section tree of a text (one paragraph per line) as a flat list in document order: each heading of
 * {@link Headings} with the range it governs, up to the next heading of the same or an outer level. A bare number
 * (1高质量发展迈出坚实步伐) is a heading only as the next of its series, which an outer heading restarts.
 */
public final class SectionFinder {
    private SectionFinder() {
    }

    private record Found(Heading heading, int start) {
    }

    /** The sections of {@code text}, whose lines end at {@code \n}. */
    public static List<Section> find(String text) {
        List<Found> found = new ArrayList<>();
        int lastBare = 0;
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            eol = eol < 0 ? text.length() : eol;
            String line = text.substring(pos, eol);
            Heading h = Headings.parse(line);
            if (h == null) {
                h = Headings.bareNumber(line, lastBare);
                if (h != null) {
                    lastBare = Integer.parseInt(h.label());
                }
            } else if (h.level() < 3) {
                lastBare = 0;
            }
            if (h != null) {
                found.add(new Found(h, pos));
            }
            pos = eol + 1;
        }
        List<Section> sections = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int end = text.length();
            for (int j = i + 1; j < found.size(); j++) {
                if (found.get(j).heading().level() <= f.heading().level()) {
                    end = found.get(j).start();
                    break;
                }
            }
            sections.add(new Section(f.heading().level(), f.heading().label(), f.heading().title(), f.start(), end));
        }
        return sections;
    }
}
