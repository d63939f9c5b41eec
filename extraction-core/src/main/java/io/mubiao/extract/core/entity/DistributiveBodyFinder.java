package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.Set;

/**
 * A body after 各 names no one body but every body of a level (各区人民政府, 各区政府加强协同, 各省辖市发展改革委): the
 * stretch from the distributive pronoun (各, 各级, 各区, 各市 …, a HanLP pronoun opening with 各) to the body or
 * department is a span of type {@link Span#NOT_A_NAME}, which wins the overlap over the generic body inside and is
 * then dropped. Not after 各位 (各位政协委员: persons) nor before a body that stands alone ({@code [standalone-bodies]}:
 * 各级人大 is the one congress of each level, a name as 人大 is).
 */
final class DistributiveBodyFinder implements NameFinder {

    /** Short units allowed between 各 and the body (各省 辖 市 发展改革委). */
    private static final int MAX_BETWEEN = 2;

    private final Set<String> standalone;

    DistributiveBodyFinder(CueLexicon cues) {
        this.standalone = cues.set("standalone-bodies");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        for (int idx = 0; idx < line.units.size(); idx++) {
            Unit u = line.unit(idx);
            if (u.named() || !u.nature().startsWith("r") || !line.text(u).startsWith("各")
                    || line.text(u).equals("各位")) {
                continue;
            }
            for (int k = idx + 1; k < line.units.size() && k <= idx + 1 + MAX_BETWEEN; k++) {
                Unit b = line.unit(k);
                if (b.named() && b.entry().kind() != Gazetteer.Kind.NAME && !standalone.contains(line.text(b))) {
                    out.add(new Span(u.start(), b.end(), Span.NOT_A_NAME, "", 3));
                    break;
                }
                if (b.named() || b.length() > 1 || b.nature().equals("w")) {
                    break;
                }
            }
        }
    }
}
