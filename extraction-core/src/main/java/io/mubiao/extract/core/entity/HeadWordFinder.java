package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names formed as a modifier plus a head word (HeadWords: 行动, 工程, 示范区, 博览会, 集团 …). From the head the name
 * grows leftwards over the segmenter's units; its left edge is a frame verb (深入实施|提振消费专项行动, 成功举办|…高峰会),
 * a clause edge (punctuation, 的, a conjunction or preposition) or, for plain name-like words, the first unit that is
 * not one. Weak leading words (重点, 全市, 新一轮) are dropped; a NAMED head needs a place or organisation anchor
 * inside (天津港保税区) unless a frame verb introduces it.
 */
final class HeadWordFinder implements NameFinder {

    /** A phase or new wing of a built work is part of its name (南京机场三期, 殷墟博物馆新馆, 河南博物院北院区). */
    private static final Pattern FACILITY_TAIL = Pattern.compile(
            "^([一二三四五六]期|新馆|新院区|[东南西北]院区|[（(]\\p{IsHan}{2,3}段[）)]|\\p{IsHan}{2}段)");
    private static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十百零〇\\d]+[届次]");

    /** The host city of a recurring event in brackets is part of its name (全球公共安全合作论坛（连云港）). */
    private static final Pattern EVENT_TAIL = Pattern.compile("^[（(]\\p{IsHan}{2,4}[）)]");

    /** A count or a batch inside makes a description (基层减负10项专项整治, 6个镇土地延包试点, 16处…回填试点, 国家首批…中试平台). */
    private static final Pattern COUNT = Pattern.compile("\\d+[项个条批家类处座所片]|首批|第[一二三四五六七八九十\\d]+批");
    private static final Set<String> LIST_EDGES = Set.of("和", "与", "及", "以及", "、");

    private final HeadWords heads;
    private final Set<String> frames;
    private final Set<String> nameInitial;
    private final Set<String> nameFinal;
    private final ModifierRules rules;
    private final ConjoinedModifier conjoined;
    private final String breakAfter;
    private final String physical;

    HeadWordFinder(HeadWords heads, CueLexicon cues) {
        this.heads = heads;
        this.frames = cues.set("frame-verbs");
        this.nameInitial = cues.set("name-initial-verbs");
        this.nameFinal = cues.set("name-final-verbs");
        this.rules = new ModifierRules(cues);
        this.conjoined = new ConjoinedModifier(cues, heads);
        this.breakAfter = cues.section("name-break-after").get(0);
        this.physical = cues.section("physical-works").get(0);
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        for (Unit u : line.units) {
            int e = u.end();
            if (u.named() || !heads.canEndWith(s.charAt(e - 1)) || e < s.length() && breakAfter.indexOf(s.charAt(e)) >= 0) {
                continue;
            }
            for (int len = Math.min(heads.longest(), e); len >= 1; len--) {
                int st = e - len;
                HeadWords.Head head = heads.get(s.substring(st, e));
                Unit first = head == null ? null : line.unitAt(st);
                if (head == null || first.named() && first.start() != st || len == 1 && first.start() != st) {
                    continue; // a head must not cut a gazetteer name; a one-character head is a word (常委 ≠ 常 + 委)
                }
                Span span = grow(line, head, st, e);
                if (span != null) {
                    out.add(span);
                }
                break; // the longest head decides (本|行动计划 is not 本行动|计划)
            }
        }
    }

    /** The name ending with {@code head} at [st, e), or null when its modifier does not make a name. */
    private Span grow(LineContext line, HeadWords.Head head, int st, int e) {
        Modifier m = collect(line, head, st);
        boolean programme = head.profile() == HeadWords.Profile.PROGRAMME;
        rules.trim(line, m, head.profile(), (m.frame || m.listEdge) && programme, "EVENT".equals(head.type()) ? ORDINAL : null);
        if (m.pieces.isEmpty() || m.afterEtc) {
            return null;
        }
        dropPlaceBeforeNationalName(line, m);
        int start = m.start();
        int end = e;
        if (!rules.accepts(line, m, head, st, frameAllowed(head))) {
            return null;
        }
        Pattern tail = head.profile() == HeadWords.Profile.RAIL ? GazetteerFinder.RAIL_TAIL
                : "FACILITY".equals(head.type()) ? FACILITY_TAIL : "EVENT".equals(head.type()) ? EVENT_TAIL : null;
        if (tail != null) {
            Matcher t = tail.matcher(line.s).region(e, line.s.length());
            end = t.lookingAt() ? t.end() : e;
        }
        String text = line.s.substring(start, end);
        if (text.contains("的") || !line.balancedQuotes(start, end) || COUNT.matcher(text).find()
                || m.listEdge && !listOfNames(line, m, "POLICY".equals(type(head, line.s.substring(start, st))))) {
            return null;
        }
        return new Span(start, end, type(head, line.s.substring(start, st)), text, 2);
    }

    /**
     * 蓝天、碧水、净土保卫战: after 、 the item before must be a whole name itself, or a programme long enough to be one
     * (传统戏曲振兴、优秀剧本孵化计划: four characters or more), else the head is shared.
     */
    private boolean listOfNames(LineContext line, Modifier m, boolean programme) {
        int sep = m.start() - 1;
        if (sep < 0 || line.s.charAt(sep) != '、') {
            return true;
        }
        int item = 0;
        for (int k = sep > 0 ? line.unitIndexAt(sep - 1) : -1; k >= 0; k--) {
            Unit u = line.unit(k);
            String t = line.text(u);
            // 完整社区建设/vn、…工程: a frame word used as a noun ends an item, it does not frame it
            if (u.nature().equals("w") || frames.contains(t) && !u.nature().equals("vn") || LineContext.hardStop(u.nature())) {
                break;
            }
            item += u.length();
        }
        if (item >= 4) {
            // not 赋予历史使命、|作出战略指引, but after a name the frame verb covers the list (…安全工程、停车便利化工程);
            // 货运零排放区域、通道|试点: a short last item shares the head
            boolean afterName = endsWithHead(line, sep);
            return (!leadingVerb(line, m) || afterName)
                    && (!programme || sep + 1 < m.pieces.get(m.pieces.size() - 1).end() - 2 || afterName);
        }
        return endsWithHead(line, sep);
    }

    private boolean endsWithHead(LineContext line, int sep) {
        for (int len = Math.min(heads.longest(), sep); len >= 2; len--) {
            if (heads.get(line.s.substring(sep - len, sep)) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean leadingVerb(LineContext line, Modifier m) {
        Modifier.Piece f = m.pieces.get(0);
        String nat = f.unit() < 0 ? "" : line.unit(f.unit()).nature();
        return nat.startsWith("v") && !nat.equals("vn") && !ModifierEdges.isAlong(line, line.unit(f.unit())); // not 环|太湖…
    }

    /** 扬州|中国大运河博物馆: a place before a name that opens with 中国 is a mention of its own, not part of it. */
    private static void dropPlaceBeforeNationalName(LineContext line, Modifier m) {
        if (m.pieces.size() >= 2 && m.pieces.get(0).unit() >= 0 && line.unit(m.pieces.get(0).unit()).isType("LOCATION")
                && line.s.startsWith("中国", m.pieces.get(1).start())) {
            m.pieces.remove(0);
        }
    }

    /** A frame verb may stand in for an anchor: programmes, and multi-character heads of facilities, bodies, events. */
    private static boolean frameAllowed(HeadWords.Head head) {
        return head.profile() == HeadWords.Profile.PROGRAMME
                || head.profile() == HeadWords.Profile.NAMED && head.word().length() >= 2 && !"LOCATION".equals(head.type());
    }

    /**
     * 工程 is a built work when its modifier names one (水库增容工程, 入海水道二期工程, 机场三期改扩建工程), else a
     * programme (民心工程, 医疗卫生强基工程).
     */
    private String type(HeadWords.Head head, String modifier) {
        if (!head.word().equals("工程") || heads.containsFacilityHead(modifier)) {
            return head.word().equals("工程") ? "FACILITY" : head.type();
        }
        for (int i = 0; i < modifier.length(); i++) {
            if (physical.indexOf(modifier.charAt(i)) >= 0) {
                return "FACILITY";
            }
        }
        return "POLICY";
    }

    /** Collects the units left of the head until an edge; notes whether a frame verb is that edge. */
    private Modifier collect(LineContext line, HeadWords.Head head, int st) {
        String s = line.s;
        Modifier m = new Modifier();
        int b = st;
        Unit holder = line.unitAt(Math.min(st, s.length() - 1));
        if (holder.start() < st && !holder.named()) {
            m.pieces.add(new Modifier.Piece(holder.start(), st, line.unitIndexAt(st)));
            b = holder.start();
        }
        int idx = b > 0 ? line.unitIndexAt(b - 1) : -1;
        while (idx >= 0) {
            Unit u = line.unit(idx);
            if (st - u.start() > head.maxModifier()) {
                m.tooLong = true;
                break;
            }
            String t = line.text(u);
            if (t.equals("”") && head.profile() != HeadWords.Profile.RAIL) {
                int q = ModifierEdges.openingQuote(s, u.start());
                if (q < 0 || st - q > head.maxModifier()) {
                    break;
                }
                m.pieces.add(0, new Modifier.Piece(q, u.end(), -1));
                idx = q > 0 ? line.unitIndexAt(q - 1) : -1;
                continue;
            }
            if ((t.equals("）") || t.equals(")")) && head.profile() != HeadWords.Profile.RAIL) {
                int q = ModifierEdges.bracketedPlace(line, u.start());
                if (q < 0) {
                    break;
                }
                m.pieces.add(0, new Modifier.Piece(q, u.end(), -1));
                idx = q > 0 ? line.unitIndexAt(q - 1) : -1;
                continue;
            }
            // 教育强市建设(vn)三年行动: after a noun, a verb used as a noun is part of the name, no frame
            boolean nominal = u.nature().equals("vn") && head.profile() == HeadWords.Profile.PROGRAMME && idx > 0
                    && (line.unit(idx - 1).named() || line.unit(idx - 1).nature().startsWith("n"));
            if (!u.named() && frames.contains(t) && !nominal && stopsAtFrame(head.profile()) && !insideName(line, idx, t)
                    && !beforeHead(line, head, idx, m)) {
                m.frame = true;
                m.frameVerb = idx;
                break;
            }
            if (!rules.accept(line, head.profile(), u, idx, m)) {
                stop(line, head, idx, st, m);
                break;
            }
            m.pieces.add(0, new Modifier.Piece(u.start(), u.end(), idx));
            idx--;
        }
        if (m.frame && head.profile() == HeadWords.Profile.PROGRAMME) {
            nameInitialVerb(line, m);
        }
        return m;
    }

    /** The modifier stops at unit {@code idx}: a list edge, or a 和 inside a framed programme (ConjoinedModifier). */
    private void stop(LineContext line, HeadWords.Head head, int idx, int st, Modifier m) {
        int frame = "POLICY".equals(head.type()) ? conjoined.frameBefore(line, idx, st - head.maxModifier()) : -1;
        for (int k = idx; k > frame && frame >= 0; k--) {
            m.pieces.add(0, new Modifier.Piece(line.unit(k).start(), line.unit(k).end(), k));
        }
        m.frame = frame >= 0;
        m.frameVerb = frame;
        m.listEdge = frame < 0 && LIST_EDGES.contains(line.text(line.unit(idx)));
        m.afterEtc = line.text(line.unit(idx)).equals("等");
    }

    /**
     * A verb that can begin or sit inside a name, right after a noun, is part of the name, not its frame
     * (国企改革|深化|提升行动, 营商环境|优化|提升行动).
     */
    private boolean insideName(LineContext line, int idx, String verb) {
        if (!nameInitial.contains(verb) || idx == 0) {
            return false;
        }
        Unit before = line.unit(idx - 1);
        String nat = before.nature();
        return before.named() || nat.startsWith("n") && !nat.equals("nr") || nat.equals("j") || nat.equals("vn");
    }

    /**
     * A frame verb right before a programme's head is the name's last word, not its frame: a head alone names
     * nothing (实施|基层智慧治理建设工程, 深化|环保绩效A级建设行动, 实施|紧缺人才培养支持计划). Only verbs that end names
     * ({@code [name-final-verbs]}), after a word that can stand in a name (not 扎实|开展|学习教育), or a verb after one.
     */
    private boolean beforeHead(LineContext line, HeadWords.Head head, int idx, Modifier m) {
        if (!m.pieces.isEmpty() || idx == 0 || head.profile() != HeadWords.Profile.PROGRAMME || "EVENT".equals(head.type())
                || !nameFinal.contains(line.text(line.unit(idx)))) {
            return false;
        }
        return nominal(line, idx - 1) || line.unit(idx - 1).nature().equals("v") && !frames.contains(line.text(line.unit(idx - 1)))
                && idx >= 2 && nominal(line, idx - 2); // 人才|培养|支持计划, but not 加快|建设|战略
    }

    private static boolean nominal(LineContext line, int idx) {
        return line.unit(idx).named() || LineContext.nameLike(line.unit(idx).nature());
    }

    private static boolean stopsAtFrame(HeadWords.Profile p) {
        return p == HeadWords.Profile.PROGRAMME || p == HeadWords.Profile.NAMED;
    }

    /** 开展|推进城市高质量发展行动: a frame verb right after another frame verb begins the name. */
    private void nameInitialVerb(LineContext line, Modifier m) {
        Unit v = line.unit(m.frameVerb);
        if (m.frameVerb > 0 && nameInitial.contains(line.text(v)) && frames.contains(line.text(line.unit(m.frameVerb - 1)))) {
            m.pieces.add(0, new Modifier.Piece(v.start(), v.end(), m.frameVerb));
        }
    }
}
