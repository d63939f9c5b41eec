package io.mubiao.extract.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names side by side in a list share their kind: when one item of a 、 list is a facility found by its anchor
 * (汉魏洛阳故城遗址博物馆), the other items that end with the same facility head are names too (殷墟博物馆新馆、
 * 大河村遗址博物馆、汉魏洛阳故城遗址博物馆等文化新地标). Runs after the finders over the winning candidates. An item
 * is two to ten characters before its head, holds no punctuation, no function word and no verb of two characters,
 * and the list's first item keeps to the name-like words before 、 (新建|…公园).
 */
final class ListSiblings {

    private static final int LONGEST = 10;
    /** A bound on the candidates looked at per line (each sibling is looked at once more). */
    private static final int MAX_ITEMS = 200;
    /** A phase or wing after the head (殷墟博物馆|新馆). */
    private static final Pattern TAIL = Pattern.compile("(新馆|[一二三四五六]期|[东南西北]院区)$");
    private static final String SEPARATORS = "、";

    private final OverlapResolver resolver = new OverlapResolver();
    private final HeadWords heads;
    private final Set<String> weakStart;

    ListSiblings(HeadWords heads, CueLexicon cues) {
        this.heads = heads;
        this.weakStart = cues.set("weak-start");
    }

    void extend(LineContext line, List<Span> spans) {
        List<Span> queue = new ArrayList<>(resolver.resolve(spans, line.length()));
        for (int i = 0; i < queue.size() && i < MAX_ITEMS; i++) {
            Span c = queue.get(i);
            int before = spans.size();
            String head = c.type().equals("FACILITY") ? head(line.s.substring(c.start(), c.end())) : null;
            if (head == null) {
                continue;
            }
            if (c.start() > 0 && SEPARATORS.indexOf(line.s.charAt(c.start() - 1)) >= 0) {
                sibling(line, c.start() - 1, head, spans);
            }
            if (c.end() < line.s.length() && SEPARATORS.indexOf(line.s.charAt(c.end())) >= 0) {
                following(line, c.end(), head, spans);
            }
            queue.addAll(spans.subList(before, spans.size())); // a sibling has siblings (殷墟博物馆新馆、大河村…、汉魏…)
        }
    }

    /** The facility head (NAMED, two or more characters) that ends {@code name}, its tail set aside; null if none. */
    private String head(String name) {
        String n = TAIL.matcher(name).replaceFirst("");
        for (int len = Math.min(heads.longest(), n.length() - 2); len >= 2; len--) {
            HeadWords.Head h = heads.get(n.substring(n.length() - len));
            if (h != null && "FACILITY".equals(h.type()) && h.profile() == HeadWords.Profile.NAMED) {
                return h.word();
            }
        }
        return null;
    }

    /** The item that ends at the separator {@code sep}, if it ends with {@code head}. */
    private void sibling(LineContext line, int sep, String head, List<Span> out) {
        int end = sep;
        int k = line.unitIndexAt(sep - 1 < 0 ? 0 : sep - 1);
        int start = end;
        while (k >= 0 && item(line, line.unit(k)) && end - line.unit(k).start() <= LONGEST + head.length() + 2) {
            start = line.unit(k--).start();
        }
        boolean whole = k < 0 || SEPARATORS.indexOf(line.s.charAt(line.unit(k).start())) >= 0
                || LineContext.hardStop(line.unit(k).nature());
        add(line, start, end, whole, head, out);
    }

    /** The item that starts after the separator at {@code sep}: up to the next separator, 等 or clause edge. */
    private void following(LineContext line, int sep, String head, List<Span> out) {
        int start = sep + 1;
        int k = start < line.s.length() ? line.unitIndexAt(start) : line.units.size();
        int end = start;
        while (k < line.units.size() && item(line, line.unit(k)) && line.unit(k).end() - start <= LONGEST + head.length() + 2) {
            end = line.unit(k++).end();
        }
        boolean whole = k >= line.units.size() || LineContext.hardStop(line.unit(k).nature());
        add(line, start, end, whole && end > start, head, out);
    }

    /**
     * Adds [start, end) when it is a whole item ending with {@code head} after a modifier of two or more characters that
     * is more than one verbal noun (服务|平台, 监督|平台 are kinds) and opens with no weak word (省级|区域医疗中心), and
     * not yet a candidate.
     */
    private void add(LineContext line, int start, int end, boolean whole, String head, List<Span> out) {
        String text = line.s.substring(start, end);
        String bare = TAIL.matcher(text).replaceFirst("");
        int headStart = start + bare.length() - head.length();
        if (!whole || !bare.endsWith(head) || headStart - start < 2) {
            return;
        }
        Unit first = line.unitAt(start);
        if (first.end() == headStart && first.nature().startsWith("v") || weakStart.contains(line.text(first))) {
            return; // 服务|平台 is a kind; 省级|区域医疗中心 a level's kind
        }
        for (Span o : out) {
            if (o.start() == start && o.end() == end) {
                return;
            }
        }
        out.add(new Span(start, end, "FACILITY", text, 1));
    }

    /** A unit that may stand in an item: no punctuation, function word, count (多式联运 keeps 多) or two-character verb. */
    private static boolean item(LineContext line, Unit u) {
        String nat = u.nature();
        return !LineContext.hardStop(nat) && !(nat.equals("m") && (u.length() > 1 || Character.isDigit(line.s.charAt(u.start()))))
                && !nat.equals("q")
                && !(nat.startsWith("v") && !nat.equals("vn") && u.length() >= 2);
    }
}
