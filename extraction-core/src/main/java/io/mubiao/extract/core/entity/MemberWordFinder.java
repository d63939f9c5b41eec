package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.Map;

/**
 * The body inside a word for its member ({@code [member-words]}): HanLP keeps 人大代表 as one word, so the congress
 * in 向各位人大代表、政协委员 is not found as 政协 is in 政协委员; the word's opening is the body (人大), with the
 * gazetteer's canonical form. Stateless.
 */
final class MemberWordFinder implements NameFinder {

    private final Map<String, String> bodies;

    MemberWordFinder(CueLexicon cues) {
        this.bodies = cues.map("member-words");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        for (Unit u : line.units) {
            String body = u.named() ? null : bodies.get(line.text(u));
            if (body != null && line.text(u).startsWith(body)) {
                Gazetteer.Entry e = line.gazetteer.lookup(body);
                out.add(new Span(u.start(), u.start() + body.length(), "ORG", e != null ? e.canonical() : body, 1));
            }
        }
    }
}
