package io.mubiao.extract.core.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What may stand in the modifier of a head word, what is dropped from its left edge, and when the result is a name.
 * Stateless; the per-name state (the verb budget) lives in the {@link Modifier}.
 */
final class ModifierRules {

    private final Set<String> weakStart;
    /** Weak words of a programme's name differ: 国家 is its level (国家|城乡居民增收计划), 重点 part of it. */
    private final Set<String> programmeWeakStart;
    private final Set<String> lightVerbs;
    private final int longestWeak;
    private final Set<String> nationalPrefixes;
    private final Set<String> genericModifiers;
    private final Set<String> commonNouns;
    private final String cityInitials;

    ModifierRules(CueLexicon cues) {
        this.cityInitials = cues.section("city-initials").get(0);
        this.commonNouns = cues.set("head-common-nouns");
        this.weakStart = cues.set("weak-start");
        Set<String> programme = new java.util.HashSet<>(weakStart);
        programme.removeAll(cues.set("programme-keeps"));
        programme.addAll(cues.set("programme-weak-start"));
        this.programmeWeakStart = Set.copyOf(programme);
        this.lightVerbs = cues.set("light-verbs");
        this.nationalPrefixes = cues.set("national-prefixes");
        this.genericModifiers = cues.set("generic-modifiers");
        this.longestWeak = weakStart.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Whether unit {@code u} (index {@code idx}) may extend the modifier leftwards under {@code p}. */
    boolean accept(LineContext line, HeadWords.Profile p, Unit u, int idx, Modifier m) {
        String t = line.text(u);
        if (u.named()) {
            if (u.isType("PERSON")) {
                return false;
            }
            if (p == HeadWords.Profile.TASK_GROUP && u.entry().kind() == Gazetteer.Kind.BODY) {
                return false;
            }
            return p != HeadWords.Profile.RAIL || u.length() <= 2;
        }
        if (line.isConnector(u)) {
            return idx > 0 && (line.unit(idx - 1).named() || LineContext.nameLike(line.unit(idx - 1).nature())
                    || ModifierEdges.closesBracketedPlace(line, line.unit(idx - 1))); // 中国（河南）|—|东盟…大会
        }
        if (t.isBlank() || t.contains("的")) {
            return false;
        }
        if ((p == HeadWords.Profile.NAMED || p == HeadWords.Profile.PROGRAMME) && boundBeforeName(line, u, m)) {
            return true;
        }
        String nat = u.nature();
        return switch (p) {
            case NAMED, SCHOOL, PLACE_ONLY -> LineContext.nameLike(nat) || line.isAnchor(u)
                    || p == HeadWords.Profile.NAMED && nat.equals("an") && u.length() >= 2 // 公共|卫生/an|中心
                    || p == HeadWords.Profile.NAMED && nat.equals("a") && u.length() == 2 && !m.pieces.isEmpty() // 贸易|畅通/a|合作平台
                    || p == HeadWords.Profile.NAMED && ModifierEdges.along(line, idx, m.pieces)
                    || p == HeadWords.Profile.NAMED && UnknownWordRun.continues(line, u, m)
                    || p == HeadWords.Profile.NAMED && nat.equals("v") && u.length() == 2 && !lightVerbs.contains(t)
                    && idx > 0 && !line.unit(idx - 1).named() && line.unit(idx - 1).nature().startsWith("n")
                    && m.verbBudget-- > 0;
            case PROGRAMME -> (!LineContext.hardStop(nat) || UnknownWordRun.preposition(line, idx)) && !nat.equals("d") && !t.equals("等");
            case TASK_GROUP -> !LineContext.hardStop(nat) && !nat.equals("d");
            case COMPANY -> !LineContext.hardStop(nat) && !nat.equals("d") && !nat.equals("v");
            case RAIL -> u.length() == 1 ? !LineContext.hardStop(nat) && !nat.equals("d") && !nat.equals("m") && !nat.equals("q")
                    : u.length() == 2 && (nat.equals("j") || nat.equals("ns") || nat.equals("nz") || nat.equals("n") && initials(t));
        };
    }

    /**
     * Drops connectors and weak words from the left edge (重点|产业园, 全市|城市更新行动). After a frame verb a
     * programme keeps a leading verb (实施|提振消费专项行动); an event keeps its ordinal (第十五届全运会).
     */
    void trim(LineContext line, Modifier m, HeadWords.Profile p, boolean afterFrame, Pattern ordinal) {
        while (!m.pieces.isEmpty()) {
            Modifier.Piece f = m.pieces.get(0);
            if (f.unit() < 0) {
                return; // a quoted stretch is part of the name (“人工智能+”行动)
            }
            if (ordinal != null && ordinal.matcher(line.s).region(f.start(), line.s.length()).lookingAt()) {
                return;
            }
            int weakPieces = weakWord(line, m, p == HeadWords.Profile.PROGRAMME && !beforeVerb(line, m) ? programmeWeakStart : weakStart);
            if (weakPieces == 0 && !weak(line, line.unit(f.unit()), p, afterFrame)) {
                return;
            }
            m.trimmedWeak |= weakPieces > 0;
            m.pieces.subList(0, Math.max(1, weakPieces)).clear();
        }
    }

    /** How many leading pieces a weak word spans (新一轮 = 新 + 一 + 轮), 0 when none starts the modifier. */
    /** 重点|推进“基础研究特区”计划: before a verb a kept word is the sentence's adverb, not the name's. */
    private static boolean beforeVerb(LineContext line, Modifier m) {
        if (m.pieces.size() < 2 || m.pieces.get(1).unit() < 0) {
            return false;
        }
        String nat = line.unit(m.pieces.get(1).unit()).nature();
        return nat.startsWith("v") && !nat.equals("vn");
    }

    private int weakWord(LineContext line, Modifier m, Set<String> weak) {
        int start = m.pieces.get(0).start();
        int best = 0;
        int end = start;
        for (int k = 0; k < m.pieces.size() && m.pieces.get(k).unit() >= 0 && end - start < longestWeak; k++) {
            end = m.pieces.get(k).end();
            if (weak.contains(line.s.substring(start, end))) {
                best = k + 1;
            }
        }
        return best;
    }

    private boolean weak(LineContext line, Unit u, HeadWords.Profile p, boolean afterFrame) {
        if (line.isConnector(u)) {
            return true;
        }
        if (u.named() || ModifierEdges.isAlong(line, u)) {
            return false; // 环/v|太湖科创圈: the 环 of a belt is no sentence verb
        }
        if (u.nature().equals("d") || u.nature().equals("ad") && !afterFrame) {
            return true; // 实施|全面/ad|节约战略: right after the frame verb it opens the name, not the verb's manner
        }
        if (afterFrame) {
            return false; // 实施|百亿斤粮食产能提升工程, 实施|稳岗扩容提质行动: the frame verb is the edge
        }
        if (u.nature().equals("m") || u.nature().equals("q") || u.nature().equals("f")) {
            return true;
        }
        // a leading verb is the sentence's, not the name's (加强|…), unless a frame verb stands before it
        return u.nature().startsWith("v") && !u.nature().equals("vn") && p != HeadWords.Profile.TASK_GROUP;
    }

    /**
     * A one-character bound morpheme (尔/rg, 魏/tg: no word on its own) right before a one-character unit or a place
     * is the first character of a name the segmenter cut (尔|王|庄水库增容工程, 汉魏|洛阳故城遗址博物馆), and right after a
     * one-character noun the second character of an abbreviation (科|创/vg: 紫金山国际科创基金街区).
     */
    private static boolean boundBeforeName(LineContext line, Unit u, Modifier m) {
        String nat = u.nature();
        if (u.length() != 1 || nat.length() != 2 || nat.charAt(1) != 'g' || nat.equals("dg")) {
            return false;
        }
        Unit left = line.unit(Math.max(0, line.unitIndexAt(u.start()) - 1));
        if (left.end() == u.start() && left.length() == 1 && !left.named() && left.nature().startsWith("n")) {
            return true; // 科/n|创/vg 基金街区, and right before the head: 南港绿色石化科创|中心
        }
        Unit right = m.pieces.isEmpty() || m.pieces.get(0).unit() < 0 ? null : line.unit(m.pieces.get(0).unit());
        return right != null && (right.length() == 1 && !LineContext.hardStop(right.nature()) || right.isType("LOCATION")
                || right.nature().startsWith("ns"));
    }

    /** 陇海/n|铁路: a line named by the initials of the places it joins, which HanLP knows as a noun (not 货运|铁路). */
    private boolean initials(String t) {
        return cityInitials.indexOf(t.charAt(0)) >= 0 && cityInitials.indexOf(t.charAt(1)) >= 0;
    }

    /** The name would end with a common noun that holds a head word (…解决方案: a solution, no programme). */
    private boolean commonNoun(LineContext line, int end) {
        for (String w : commonNouns) {
            if (end >= w.length() && line.s.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Every word of the modifier is generic (国家|规划, 国家|重大|战略, 城市|规划, 区域|协同|战略): a kind, not a name. */
    private boolean generic(LineContext line, Modifier m) {
        for (Modifier.Piece f : m.pieces) {
            if (f.unit() < 0 || !genericModifiers.contains(line.s.substring(f.start(), f.end()))) {
                return false;
            }
        }
        return true;
    }

    /** 沿沪宁|产业创新带, 环太湖|科创圈: the place a belt runs along or around anchors it (ModifierEdges.along). */
    private static boolean alongPlace(LineContext line, Modifier m) {
        Modifier.Piece f = m.pieces.get(0);
        return f.unit() >= 0 && m.pieces.size() >= 2 && ModifierEdges.isAlong(line, line.unit(f.unit()));
    }

    /** A national designation opens the name (国家数字经济创新发展试验区; not 国家区域医疗中心: a kind many cities hold). */
    private boolean national(LineContext line, Modifier m) {
        Modifier.Piece f = m.pieces.get(0);
        return f.unit() >= 0 && nationalPrefixes.contains(line.s.substring(f.start(), f.end()));
    }

    /** The name opens with a place word or another proper noun HanLP knows (嵩山|实验室, 联想/nz|创新园). */
    private static boolean properStart(LineContext line, Modifier m) {
        Modifier.Piece f = m.pieces.get(0);
        String nat = f.unit() < 0 ? "" : line.unit(f.unit()).nature();
        return (nat.startsWith("ns") || nat.equals("nz")) && f.end() - f.start() >= 2;
    }

    /** A proper-noun unit (place, person, brand, abbreviation, Latin letters) or a quotation in the modifier. */
    private static boolean proper(LineContext line, Modifier m) {
        for (Modifier.Piece f : m.pieces) {
            String nat = f.unit() < 0 ? "quote" : line.unit(f.unit()).nature();
            if (nat.equals("quote") || nat.startsWith("ns") || nat.startsWith("nr") || nat.equals("nz") || nat.startsWith("nt")
                    || nat.equals("j") || nat.equals("x") || nat.equals("nx")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs in a modifier: without a frame verb a programme takes one (种业振兴行动), an event none (not 全文提请大会).
     * Two verbs side by side are one aim (服务业|扩大开放|综合试点, 生物医药全产业链|开放创新|发展试点).
     */
    private static int verbs(LineContext line, Modifier m) {
        int n = 0;
        boolean previous = false;
        for (Modifier.Piece f : m.pieces) {
            boolean verb = f.unit() >= 0 && line.unit(f.unit()).nature().startsWith("v") && !line.unit(f.unit()).nature().equals("vn");
            n += verb && !previous ? 1 : 0;
            previous = verb;
        }
        return n;
    }

    /** Whether the trimmed modifier makes a name of {@code head} (its length, its anchor or frame). */
    boolean accepts(LineContext line, Modifier m, HeadWords.Head head, int st, boolean frameAllowed) {
        int modifier = st - m.start();
        if (modifier < head.minModifier() || commonNoun(line, st + head.word().length())) {
            return false;
        }
        boolean anchor = false;
        for (Modifier.Piece f : m.pieces) {
            Unit u = f.unit() < 0 ? null : line.unit(f.unit());
            anchor |= u != null && f.start() == u.start() && f.end() == u.end() && line.isAnchor(u);
        }
        boolean framed = m.frame && frameAllowed;
        return switch (head.profile()) {
            case NAMED -> modifier >= 2 && (anchor || alongPlace(line, m) || (framed || head.word().length() >= 3) && properStart(line, m)
                    || framed && modifier >= 3 && proper(line, m) || modifier >= 7 && national(line, m)
                    || head.word().length() >= 2 && UnknownWordRun.length(line, m) >= 2);
            case PROGRAMME -> modifier >= (m.trimmedWeak ? 3 : 2) && !generic(line, m) && (framed || !m.tooLong && verbs(line, m) <= ("EVENT".equals(head.type()) ? 0 : 1));
            case TASK_GROUP -> modifier >= 2 && anchor;
            case COMPANY, SCHOOL -> modifier >= 2;
            case RAIL -> modifier >= 2 && modifier <= 4;
            case PLACE_ONLY -> m.pieces.size() == 1 && m.pieces.get(0).unit() >= 0
                    && line.unit(m.pieces.get(0).unit()).isType("LOCATION")
                    && m.pieces.get(0).start() == line.unit(m.pieces.get(0).unit()).start();
        };
    }
}
