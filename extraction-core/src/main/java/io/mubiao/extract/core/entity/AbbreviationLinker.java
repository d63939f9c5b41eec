package io.mubiao.extract.core.entity;

import io.mubiao.extract.core.EntityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Links a short form to the full name the same document spells out: a mention whose text is its own canonical form
 * takes the canonical form of a longer mention of the same type that ends with the same head and contains the short
 * form's characters in order (上合峰会 → 上海合作组织峰会 when both occur; 市运会 ← 天津市第十六届运动会 is not linked:
 * 运会 is no shared head; a quoted name is written out, not short: “人工智能+”行动 and “人工智能+文化”行动 are two). Gazetteer
 * canonical forms, which are the cross-document link, are kept.
 */
final class AbbreviationLinker {

    private AbbreviationLinker() {
    }

    static List<EntityMention> link(List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            EntityMention full = m.text().equals(m.canonical()) ? fullName(m, mentions) : null;
            out.add(full == null ? m : new EntityMention(m.text(), m.type(), full.canonical(), m.start(), m.end()));
        }
        return out;
    }

    private static EntityMention fullName(EntityMention m, List<EntityMention> all) {
        String t = m.text();
        if (t.length() < 3 || t.indexOf('“') >= 0 || Gazetteer.get().lookup(t) != null) {
            return null; // written out: “人工智能+”行动 (quoted), 浙江大学 (a name the gazetteer knows, not 浙江工业大学's)
        }
        EntityMention best = null;
        for (EntityMention f : all) {
            String c = f.canonical();
            if (f.type().equals(m.type()) && c.length() > t.length() && c.charAt(0) == t.charAt(0)
                    && sameHead(t, c) && subsequence(t, c) && (best == null || c.length() < best.canonical().length())) {
                best = f;
            }
        }
        return best;
    }

    /** The last two characters agree (…峰会 / …峰会). */
    private static boolean sameHead(String shortForm, String full) {
        return full.endsWith(shortForm.substring(shortForm.length() - 2));
    }

    private static boolean subsequence(String shortForm, String full) {
        int j = 0;
        for (int i = 0; i < full.length() && j < shortForm.length(); i++) {
            if (full.charAt(i) == shortForm.charAt(j)) {
                j++;
            }
        }
        return j == shortForm.length();
    }
}
