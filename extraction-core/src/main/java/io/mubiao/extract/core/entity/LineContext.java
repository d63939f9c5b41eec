package io.mubiao.extract.core.entity;

import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line cut into word units: gazetteer names (longest first, matched on a copy without quotation marks so
 * 成渝“双城”经济圈 matches) and the HanLP token pieces between them. Holds the predicates the finders share. Built per
 * line, never shared between threads.
 */
final class LineContext {

    static final String ADMIN_CHARS = "市区县省州镇乡旗盟";

    final String s;
    final Gazetteer gazetteer;
    final List<Unit> units = new ArrayList<>();
    /** unitAt[i] = index of the unit covering char i. */
    private final int[] unitAt;

    LineContext(String s, Gazetteer gazetteer, DoubleArrayTrieSegment segment) {
        this.s = s;
        this.gazetteer = gazetteer;
        this.unitAt = new int[s.length()];
        build(segment.seg(s));
    }

    private void build(List<Term> terms) {
        int n = s.length();
        int[] tokEnd = new int[n];
        String[] tokNature = new String[n];
        boolean[] isTokStart = new boolean[n + 1];
        boolean[] isTokEnd = new boolean[n + 1];
        int off = 0;
        for (Term t : terms) {
            int en = Math.min(n, off + t.word.length());
            String nat = t.nature == null ? "x" : t.nature.toString();
            for (int i = off; i < en; i++) {
                tokEnd[i] = en;
                tokNature[i] = nat;
            }
            isTokStart[off] = true;
            isTokEnd[en] = true;
            off = en;
        }
        List<Gazetteer.Hit> chosen = gazetteerHits(isTokStart, isTokEnd);
        int ci = 0;
        int i = 0;
        while (i < n) {
            if (ci < chosen.size() && chosen.get(ci).start() == i) {
                Gazetteer.Hit h = chosen.get(ci++);
                add(new Unit(h.start(), h.end(), "G", h.entry()));
                i = h.end();
                continue;
            }
            int en = tokEnd[i];
            if (ci < chosen.size() && chosen.get(ci).start() < en) {
                en = chosen.get(ci).start();
            }
            add(new Unit(i, en, tokNature[i], null));
            i = en;
        }
    }

    /** Non-overlapping gazetteer hits, longest first; a two-character name must be a word (中国 in 中国式 is not). */
    private List<Gazetteer.Hit> gazetteerHits(boolean[] isTokStart, boolean[] isTokEnd) {
        int n = s.length();
        StringBuilder skel = new StringBuilder(n);
        int[] map = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isQuote(c)) {
                skel.append(c);
                map[k++] = i;
            }
        }
        List<Gazetteer.Hit> hits = new ArrayList<>();
        for (Gazetteer.Hit h : gazetteer.match(skel)) {
            int st = map[h.start()];
            int en = map[h.end() - 1] + 1;
            // “八五”普法: a programme's name that opens inside quotation marks takes the opening mark with it; a
            // place keeps to its quotation (“三北”地区 is the place 三北), and a name closing inside one does not grow
            // over it (高质量发展“十项行动”: the seed's gold keeps 十项行动)
            boolean programme = h.entry().type().equals("POLICY") || h.entry().type().equals("EVENT");
            if (programme && !balancedQuotes(st, en) && st > 0 && s.charAt(st - 1) == '“' && balancedQuotes(st - 1, en)) {
                st--;
            }
            if (balancedQuotes(st, en) && (en - st > 2 || isTokStart[st] && isTokEnd[en])) {
                hits.add(new Gazetteer.Hit(st, en, h.entry()));
            }
        }
        hits.sort(Comparator.comparingInt((Gazetteer.Hit h) -> h.start() - h.end()).thenComparingInt(Gazetteer.Hit::start));
        boolean[] taken = new boolean[n];
        List<Gazetteer.Hit> chosen = new ArrayList<>();
        for (Gazetteer.Hit h : hits) {
            boolean free = true;
            for (int i = h.start(); i < h.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = h.start(); i < h.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(h);
            }
        }
        chosen.sort(Comparator.comparingInt(Gazetteer.Hit::start));
        return chosen;
    }

    private void add(Unit u) {
        for (int i = u.start(); i < u.end(); i++) {
            unitAt[i] = units.size();
        }
        units.add(u);
    }

    static boolean isQuote(char c) {
        return c == '“' || c == '”' || c == '‘' || c == '’' || c == '"';
    }

    boolean balancedQuotes(int st, int en) {
        int depth = 0;
        for (int i = st; i < en; i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '‘') {
                depth++;
            } else if (c == '”' || c == '’') {
                if (--depth < 0) {
                    return false;
                }
            } else if (c == '"') {
                return false;
            }
        }
        return depth == 0;
    }

    int length() {
        return s.length();
    }

    Unit unit(int index) {
        return units.get(index);
    }

    int unitIndexAt(int charIndex) {
        return unitAt[charIndex];
    }

    Unit unitAt(int charIndex) {
        return units.get(unitAt[charIndex]);
    }

    String text(Unit u) {
        return s.substring(u.start(), u.end());
    }

    /** True when [st, en) overlaps a gazetteer name other than a person's. */
    boolean insideName(int st, int en) {
        for (int i = st; i < en; i++) {
            Unit u = unitAt(i);
            if (u.named() && !u.isType("PERSON")) {
                return true;
            }
        }
        return false;
    }

    /** A unit that makes a compound a proper name: a gazetteer name (not a person or department) or a place word. */
    boolean isAnchor(Unit u) {
        if (u.named()) {
            return !u.isType("PERSON") && u.entry().kind() != Gazetteer.Kind.DEPARTMENT;
        }
        return isAdminPlace(u);
    }

    /** A HanLP place word that ends like an administrative unit (诸暨市, 新昌县, 越城区). */
    boolean isAdminPlace(Unit u) {
        return u.length() >= 3 && (u.nature().equals("ns") || u.nature().equals("nsf"))
                && ADMIN_CHARS.indexOf(s.charAt(u.end() - 1)) >= 0;
    }

    static boolean nameLike(String nature) {
        return nature.startsWith("n") || nature.equals("j") || nature.equals("b") || nature.equals("vn")
                || nature.startsWith("g") || nature.equals("m") || nature.equals("q") || nature.equals("s")
                || nature.equals("x") || nature.equals("G");
    }

    static boolean hardStop(String nature) {
        return nature.equals("w") || nature.startsWith("u") || nature.equals("c") || nature.equals("cc")
                || nature.equals("p") || nature.startsWith("r") || nature.equals("y") || nature.equals("e");
    }

    /** A dash or middle dot joining two names (天津滨海—中关村科技园). */
    boolean isConnector(Unit u) {
        if (u.length() != 1) {
            return false;
        }
        char c = s.charAt(u.start());
        return c == '—' || c == '-' || c == '·' || c == '–' || c == '－';
    }
}
