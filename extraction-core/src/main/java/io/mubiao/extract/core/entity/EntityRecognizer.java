package io.mubiao.extract.core.entity;

import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.common.Term;
import io.mubiao.extract.core.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named entity mentions in a document's text. Thread-safe and deterministic.
 *
 * <p>Per content line (web boilerplate is filtered by {@link BoilerplateFilter}): HanLP's dictionary segmentation
 * (portable core dictionary, part-of-speech from the dictionary only) gives the word units; typed gazetteers
 * ({@link Gazetteer}) give the names; suffix rules ({@link SuffixRules}) grow a compound name leftwards from its
 * head word (集团, 科技园, 城际, 座谈会…) over name-like units; frame rules catch 《…》 titles, quoted programme names,
 * "在…会上" events and party/congress sessions; persons need a cue ({@link PersonCues}). Overlapping candidates are
 * resolved longest first.
 */
public final class EntityRecognizer {

    /** Boilerplate line kinds read besides content (masked: filing numbers, contacts); none in the product. */
    private final Set<BoilerplateFilter.LineKind> alsoRead;
    private final Gazetteer gazetteer;
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final PersonCues persons;

    /** Skips every boilerplate line (navigation, URLs, credits, link lists, copyright and address lines). */
    public EntityRecognizer() {
        this(Set.of());
    }

    /**
     * Also reads the given boilerplate line kinds, masked; the scorer's gold convention (the names in 相关政府网站 link
     * lists and 版权所有 lines count) is one such set, kept beside the scorer in mubiao-cli.
     */
    public EntityRecognizer(Set<BoilerplateFilter.LineKind> alsoRead) {
        this.alsoRead = Set.copyOf(alsoRead);
        this.gazetteer = Gazetteer.get();
        this.persons = new PersonCues(gazetteer);
    }

    public List<EntityMention> recognize(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        DoubleArrayTrieSegment segment = newSegment();
        List<EntityMention> out = new ArrayList<>();
        for (BoilerplateFilter.Line line : boilerplate.classify(text)) {
            if (!wanted(line.kind())) {
                continue;
            }
            String s = text.substring(line.start(), line.end());
            if (line.kind() != BoilerplateFilter.LineKind.CONTENT) {
                s = mask(s);
            }
            new LineAnalyzer(s, line.start(), gazetteer, segment, persons).run(out);
        }
        return out;
    }

    private boolean wanted(BoilerplateFilter.LineKind kind) {
        return kind == BoilerplateFilter.LineKind.CONTENT || alsoRead.contains(kind);
    }

    /** Replaces filing numbers, contact details and similar fragments by spaces (offsets are kept). */
    static String mask(String s) {
        Matcher m = BoilerplateFilter.LEGAL_FRAGMENT.matcher(s);
        if (!m.find()) {
            return s;
        }
        char[] c = s.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) {
                c[i] = ' ';
            }
        } while (m.find());
        return new String(c);
    }

    static DoubleArrayTrieSegment newSegment() {
        DoubleArrayTrieSegment seg = new DoubleArrayTrieSegment();
        seg.enablePartOfSpeechTagging(true);
        seg.enableCustomDictionary(false);
        return seg;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** A word unit of a line: a gazetteer name or a (piece of a) HanLP token. */
    static final class Unit {
        final int start;
        final int end;
        final String nature;
        final Gazetteer.Entry entry;

        Unit(int start, int end, String nature, Gazetteer.Entry entry) {
            this.start = start;
            this.end = end;
            this.nature = nature;
            this.entry = entry;
        }

        int length() {
            return end - start;
        }
    }

    /** A candidate mention in line coordinates. */
    record Candidate(int start, int end, String type, String canonical, int tier) {
        int length() {
            return end - start;
        }
    }

    private static final Set<String> WEAK_START = Set.of("重点", "主要", "有关", "相关", "各", "全市", "我市", "本市", "全国",
            "各类", "一批", "该", "新", "大型", "重大", "国家级", "市级", "区级", "省级", "现代", "特色", "首批", "首个", "多个",
            "若干", "一流", "高水平", "高质量", "世界级", "国际", "全球", "我国", "其", "此", "这", "那", "本", "各区", "全区",
            "一个", "两个", "这个", "部分", "全省");
    private static final Set<String> GENERIC_DEPARTMENTS = Set.of("政府", "人民政府", "委员会", "人大", "政协", "党委",
            "办公厅", "委员会办公厅", "人民法院", "人民检察院", "中级人民法院", "海关", "人民银行", "人大常委会", "总工会",
            "发展改革委员会", "团委", "妇联", "科协", "工商联", "编办", "外办", "台办", "侨办", "纪委", "监委", "组织部", "宣传部",
            "统战部", "政法委", "网信办", "信访办", "机关工委", "教育工委", "税务局", "气象局", "海事局", "统计局", "教委");
    private static final Set<String> LIGHT_VERBS = Set.of("成为", "召开", "举办", "举行", "建设", "推进", "推动", "加快", "实施",
            "开展", "打造", "支持", "服务", "加强", "提升", "发展", "促进", "参加", "出席", "组织", "建立", "设立", "成立");
    private static final String ADMIN_CHARS = "市区县省州镇乡旗盟";
    private static final String NAME_BREAK_AFTER = "群系链圈带体";

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》\\n]{1,80})》");
    private static final Pattern BOOK_POLICY = Pattern.compile(
            "(法|条例|规划|纲要|方案|意见|决定|办法|通知|规定|计划|决议|报告|规则|细则|指南|目录|清单|政策|措施|战略|行动|公报|白皮书|建议|要点|实施方案|行动计划|规划纲要)$");
    private static final Pattern BOOK_MEDIA = Pattern.compile("(日报|晚报|时报|报|杂志|周刊|画报|学报|网)$");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"\\n]{2,20})[”\"]");
    private static final Pattern INNER_PUNCT = Pattern.compile("[，。、；：,;:！？\\s]");
    private static final Pattern QUOTED_POLICY = Pattern.compile("(行动|工程|计划|战略|方案|规划|倡议|行动计划|专项行动|改革|攻坚战|制度)$");
    private static final Pattern AT_EVENT = Pattern.compile(
            "在([^，。；：、“”《》\\s,;:]{2,30}?(座谈会|会议|大会|论坛|峰会|博览会|发布会|年会|全会|交流会|推进会|动员会|研讨会|交易会))上");
    private static final String CN_NUM = "[一二三四五六七八九十百零〇]";
    private static final Pattern SESSION = Pattern.compile(
            "(中共|中国共产党)?(中央|市委|省委|区委|县委|党的|党)?(第?" + CN_NUM + "+届)(中央委员会|市委|省委)?(第?" + CN_NUM
                    + "+次|" + CN_NUM + "中)全(体)?会(议)?");
    private static final Pattern PLENUM = Pattern.compile("(中央|市委|省委|区委|县委)全会");
    private static final Pattern CONGRESS = Pattern.compile("党的" + CN_NUM + "+大");
    private static final Pattern PEOPLES_CONGRESS = Pattern.compile(
            "(全国|[市省区县])?第?" + CN_NUM + "+届(全国|[市省区县])?(人民代表大会|人大|政协|政治协商会议)(委员会)?(常务委员会|常委会)?第?"
                    + CN_NUM + "+次(全体)?会议");
    private static final Pattern FIVE_YEAR = Pattern.compile("(“十" + CN_NUM + "五”|十" + CN_NUM + "五)(时期)?(规划纲要|规划)");
    private static final Pattern ABBREV_AFTER_CUE = Pattern.compile("(?<=[在来赴驻留离返抵])([京津沪渝冀晋辽皖闽赣鲁豫鄂湘粤琼黔滇陕蓉穗])");
    private static final Pattern RAIL_TAIL = Pattern.compile("^([东西南北中]段|[一二三四五]期|延长线|支线)");
    private static final Pattern METRO_LINE = Pattern.compile("(地铁|轨道交通|轨道|[MZB])?\\d{1,2}号线(一期|二期|三期|东段|西段|南段|北段|延伸线)?");

    /** Works on one line; not shared between threads. */
    static final class LineAnalyzer {
        private final String s;
        private final int base;
        private final Gazetteer gaz;
        private final DoubleArrayTrieSegment segment;
        private final PersonCues persons;
        private final List<Candidate> cands = new ArrayList<>();
        private List<Unit> units;
        /** How many two-character verbs a NAMED prefix may still take (技术创新中心, 成果转化网). */
        private int verbBudget;
        /** unitAt[i] = index of the unit covering char i. */
        private int[] unitAt;

        LineAnalyzer(String s, int base, Gazetteer gaz, DoubleArrayTrieSegment segment, PersonCues persons) {
            this.s = s;
            this.base = base;
            this.gaz = gaz;
            this.segment = segment;
            this.persons = persons;
        }

        void run(List<EntityMention> out) {
            if (s.isBlank() || !hasHan(s)) {
                return;
            }
            buildUnits();
            gazetteerCandidates();
            suffixCandidates();
            frameCandidates();
            for (int[] p : persons.find(s, this::insideName)) {
                cands.add(new Candidate(p[0], p[1], "PERSON", s.substring(p[0], p[1]), 2));
            }
            resolve(out);
        }

        private static boolean hasHan(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                    return true;
                }
            }
            return false;
        }

        // ---- units ----------------------------------------------------------------------------------------------

        private void buildUnits() {
            int n = s.length();
            // HanLP tokens
            List<Term> terms = segment.seg(s);
            int[] tokStart = new int[n];
            int[] tokEnd = new int[n];
            String[] tokNature = new String[n];
            boolean[] isTokStart = new boolean[n + 1];
            boolean[] isTokEnd = new boolean[n + 1];
            int off = 0;
            for (Term t : terms) {
                int len = t.word.length();
                int st = off;
                int en = Math.min(n, off + len);
                String nat = t.nature == null ? "x" : t.nature.toString();
                for (int i = st; i < en; i++) {
                    tokStart[i] = st;
                    tokEnd[i] = en;
                    tokNature[i] = nat;
                }
                isTokStart[st] = true;
                isTokEnd[en] = true;
                off = en;
            }
            // gazetteer hits on a skeleton without quotation marks
            StringBuilder skel = new StringBuilder(n);
            int[] map = new int[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c == '“' || c == '”' || c == '‘' || c == '’' || c == '"') {
                    continue;
                }
                skel.append(c);
                map[k++] = i;
            }
            List<Gazetteer.Hit> chosen = new ArrayList<>();
            List<Gazetteer.Hit> hits = new ArrayList<>();
            for (Gazetteer.Hit h : gaz.match(skel)) {
                int st = map[h.start()];
                int en = map[h.end() - 1] + 1;
                if (!balancedQuotes(st, en)) {
                    continue;
                }
                if (en - st <= 2 && !(isTokStart[st] && isTokEnd[en])) {
                    continue; // a two-character name must be a word of its own (中国 in 中国式 is not)
                }
                hits.add(new Gazetteer.Hit(st, en, h.entry()));
            }
            hits.sort(Comparator.comparingInt((Gazetteer.Hit h) -> -(h.end() - h.start())).thenComparingInt(Gazetteer.Hit::start));
            boolean[] taken = new boolean[n];
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
            // units: gazetteer names, and the token pieces between them
            units = new ArrayList<>();
            unitAt = new int[n];
            int ci = 0;
            int i = 0;
            while (i < n) {
                if (ci < chosen.size() && chosen.get(ci).start() == i) {
                    Gazetteer.Hit h = chosen.get(ci++);
                    addUnit(new Unit(h.start(), h.end(), "G", h.entry()));
                    i = h.end();
                    continue;
                }
                int en = tokEnd[i];
                if (ci < chosen.size() && chosen.get(ci).start() < en) {
                    en = chosen.get(ci).start();
                }
                addUnit(new Unit(i, en, tokNature[i], null));
                i = en;
            }
        }

        private void addUnit(Unit u) {
            for (int i = u.start; i < u.end; i++) {
                unitAt[i] = units.size();
            }
            units.add(u);
        }

        private boolean balancedQuotes(int st, int en) {
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

        private boolean insideName(int st, int en) {
            for (int i = st; i < en; i++) {
                Unit u = units.get(unitAt[i]);
                if (u.entry != null && !"PERSON".equals(u.entry.type())) {
                    return true;
                }
            }
            return false;
        }

        private String text(Unit u) {
            return s.substring(u.start, u.end);
        }

        private boolean isAnchor(Unit u) {
            if (u.entry != null) {
                return !"PERSON".equals(u.entry.type()) && u.entry.kind() != Gazetteer.Kind.DEPARTMENT;
            }
            return isAdminPlace(u);
        }

        /** A HanLP place word that ends like an administrative unit (诸暨市, 新昌县, 越城区). */
        private boolean isAdminPlace(Unit u) {
            return u.length() >= 3 && (u.nature.equals("ns") || u.nature.equals("nsf"))
                    && ADMIN_CHARS.indexOf(s.charAt(u.end - 1)) >= 0;
        }

        private static boolean nameLike(String nature) {
            return nature.startsWith("n") || nature.equals("j") || nature.equals("b") || nature.equals("vn")
                    || nature.startsWith("g") || nature.equals("m") || nature.equals("q") || nature.equals("s")
                    || nature.equals("x");
        }

        private static boolean hardStop(String nature) {
            return nature.equals("w") || nature.startsWith("u") || nature.equals("c") || nature.equals("cc")
                    || nature.equals("p") || nature.startsWith("r") || nature.equals("y") || nature.equals("e");
        }

        private boolean isConnector(Unit u) {
            if (u.length() != 1) {
                return false;
            }
            char c = s.charAt(u.start);
            return c == '—' || c == '-' || c == '·' || c == '–' || c == '－';
        }

        // ---- gazetteer ------------------------------------------------------------------------------------------

        private void gazetteerCandidates() {
            for (int idx = 0; idx < units.size(); idx++) {
                Unit u = units.get(idx);
                if (u.entry == null) {
                    if (isAdminPlace(u)) {
                        cands.add(new Candidate(u.start, u.end, "LOCATION", text(u), 0));
                    }
                    continue;
                }
                Gazetteer.Entry e = u.entry;
                if (e.kind() == Gazetteer.Kind.DEPARTMENT) {
                    department(idx);
                    continue;
                }
                int start = u.start;
                int end = u.end;
                String type = e.type();
                String canonical = e.canonical();
                if ("LOCATION".equals(type) && end < s.length() && s.charAt(end) == '委'
                        && ADMIN_CHARS.indexOf(s.charAt(end - 1)) >= 0) {
                    // 天津市委 -> the party committee of that place
                    end++;
                    type = "ORG";
                    canonical = s.substring(start, end);
                    if (start >= 2 && s.startsWith("中共", start - 2)) {
                        start -= 2;
                    }
                    cands.add(new Candidate(start, end, type, canonical, 1));
                    continue;
                }
                if ("FACILITY".equals(type)) {
                    Matcher m = RAIL_TAIL.matcher(s).region(end, s.length());
                    String c = e.canonical();
                    if (m.lookingAt() && (c.endsWith("城际") || c.endsWith("高铁") || c.endsWith("铁路") || c.endsWith("线")
                            || c.endsWith("高速"))) {
                        cands.add(new Candidate(start, m.end(), type, e.canonical() + s.substring(end, m.end()), 1));
                        continue;
                    }
                }
                cands.add(new Candidate(start, end, type, canonical, 1));
            }
        }

        /** 市发展改革委, 市委组织部, 天津市人民政府, 绍兴市政府: a department with its administrative prefix. */
        private void department(int idx) {
            Unit u = units.get(idx);
            String name = text(u);
            int start = u.start;
            int j = idx - 1;
            if (j >= 0) {
                Unit p = units.get(j);
                String pt = text(p);
                if (p.entry != null && (p.entry.kind() == Gazetteer.Kind.BODY
                        || ("LOCATION".equals(p.entry.type())))) {
                    start = p.start;
                } else if (p.length() == 1 && ADMIN_CHARS.indexOf(pt.charAt(0)) >= 0) {
                    start = p.start; // 市 + 发展改革委
                    if (j >= 1 && units.get(j - 1).entry != null && "LOCATION".equals(units.get(j - 1).entry.type())) {
                        start = units.get(j - 1).start; // 天津 + 市 + …
                    }
                } else if (pt.equals("委") && j >= 1 && units.get(j - 1).entry != null
                        && "LOCATION".equals(units.get(j - 1).entry.type())) {
                    start = units.get(j - 1).start; // 天津市 委 组织部
                } else if (isAdminPlace(p)) {
                    start = p.start;
                } else if (pt.equals("国家") || pt.equals("中央")) {
                    start = p.start;
                }
            }
            if (start == u.start && (GENERIC_DEPARTMENTS.contains(name) || name.length() < 3)) {
                return;
            }
            if (start >= 2 && s.startsWith("中共", start - 2)) {
                start -= 2;
            }
            String t = s.substring(start, u.end);
            cands.add(new Candidate(start, u.end, "ORG", departmentCanonical(start, idx), 2));
        }

        /** The full name: gazetteer units of the prefix and the department by their canonical forms (绍兴市人民政府). */
        private String departmentCanonical(int start, int idx) {
            StringBuilder b = new StringBuilder();
            for (int k = unitAt[start]; k <= idx; k++) {
                Unit p = units.get(k);
                int from = Math.max(start, p.start);
                boolean named = from == p.start && p.entry != null
                        && ("LOCATION".equals(p.entry.type()) || p.entry.kind() == Gazetteer.Kind.DEPARTMENT);
                // 天津 + 市 + 发展改革委: the place keeps its written form when the admin character follows
                boolean adminNext = k < idx && p.end < s.length() && ADMIN_CHARS.indexOf(s.charAt(p.end)) >= 0;
                b.append(named && !adminNext ? p.entry.canonical() : s.substring(from, p.end));
            }
            return b.toString();
        }

        // ---- suffix rules ---------------------------------------------------------------------------------------

        private void suffixCandidates() {
            int n = s.length();
            for (int idx = 0; idx < units.size(); idx++) {
                Unit u = units.get(idx);
                if (u.entry != null) {
                    continue;
                }
                int e = u.end;
                if (SuffixRules.FINAL_CHARS.indexOf(s.charAt(e - 1)) < 0) {
                    continue;
                }
                if (e < n && NAME_BREAK_AFTER.indexOf(s.charAt(e)) >= 0) {
                    continue;
                }
                for (int len = Math.min(SuffixRules.MAX_SUFFIX, e); len >= 1; len--) {
                    int st = e - len;
                    SuffixRules.Rule rule = SuffixRules.RULES.get(s.substring(st, e));
                    if (rule == null) {
                        continue;
                    }
                    Unit first = units.get(unitAt[st]);
                    if (first.entry != null && first.start != st) {
                        continue; // the suffix would cut a gazetteer name
                    }
                    if (len == 1 && first.start != st) {
                        continue; // a one-character head must be a word of its own (常委 is not 常 + 委)
                    }
                    if (apply(rule, st, e)) {
                        break;
                    }
                }
            }
            if (s.indexOf("号线") < 0) {
                return;
            }
            Matcher m = METRO_LINE.matcher(s);
            while (m.find()) {
                if (m.group(1) != null || m.start() > 0 && s.charAt(m.start() - 1) == '地') {
                    cands.add(new Candidate(m.start(), m.end(), "FACILITY", m.group(), 2));
                }
            }
        }

        /** Grows the prefix of a suffix match at [st, e) leftwards; adds a candidate when the profile accepts. */
        private boolean apply(SuffixRules.Rule rule, int st, int e) {
            // the left part: a piece of the unit holding st (when st is inside a token), then whole units
            List<int[]> pieces = new ArrayList<>(); // {start, end, unitIndex}
            int b = st;
            Unit holder = units.get(unitAt[Math.min(st, s.length() - 1)]);
            if (holder.start < st && holder.entry == null) {
                pieces.add(new int[] {holder.start, st, unitAt[st]});
                b = holder.start;
            }
            int idx = b > 0 ? unitAt[b - 1] : -1;
            SuffixRules.Profile p = rule.profile();
            verbBudget = 1;
            while (idx >= 0) {
                Unit u = units.get(idx);
                if (st - u.start > rule.maxPrefix()) {
                    break;
                }
                if (!accept(p, u, idx)) {
                    break;
                }
                pieces.add(0, new int[] {u.start, u.end, idx});
                idx--;
            }
            // drop leading connectors and weak words
            while (!pieces.isEmpty()) {
                int[] f = pieces.get(0);
                Unit u = units.get(f[2]);
                String t = s.substring(f[0], f[1]);
                boolean weak = isConnector(u) || (u.entry == null && (WEAK_START.contains(t)
                        || u.nature.equals("m") || u.nature.equals("q") || u.nature.equals("b")
                        || u.nature.equals("vn") || u.nature.startsWith("v") && p != SuffixRules.Profile.TASK_GROUP
                        || u.nature.startsWith("a") || u.nature.equals("f") || u.nature.equals("d")));
                if (p == SuffixRules.Profile.TASK_GROUP && u.entry == null && u.nature.startsWith("v")) {
                    weak = false;
                }
                if (!weak) {
                    break;
                }
                pieces.remove(0);
            }
            if (pieces.isEmpty()) {
                return false;
            }
            int start = pieces.get(0)[0];
            int prefixLen = st - start;
            boolean anchor = false;
            for (int[] f : pieces) {
                Unit u = units.get(f[2]);
                if (f[0] == u.start && f[1] == u.end && isAnchor(u)) {
                    anchor = true;
                }
            }
            int end = e;
            switch (p) {
                case NAMED, TASK_GROUP -> {
                    if (!anchor || prefixLen < 2) {
                        return false;
                    }
                }
                case COMPANY, SCHOOL -> {
                    if (prefixLen < 2) {
                        return false;
                    }
                }
                case RAIL -> {
                    if (prefixLen < 2 || prefixLen > 4) {
                        return false;
                    }
                    Matcher m = RAIL_TAIL.matcher(s).region(e, s.length());
                    if (m.lookingAt()) {
                        end = m.end();
                    }
                }
                case PLACE_ONLY -> {
                    if (pieces.size() != 1) {
                        return false;
                    }
                    Unit u = units.get(pieces.get(0)[2]);
                    if (u.entry == null || !"LOCATION".equals(u.entry.type()) || pieces.get(0)[0] != u.start) {
                        return false;
                    }
                }
            }
            String t = s.substring(start, end);
            if (t.contains("的")) {
                return false;
            }
            cands.add(new Candidate(start, end, rule.type(), t, 2));
            return true;
        }

        private boolean accept(SuffixRules.Profile p, Unit u, int idx) {
            String t = text(u);
            if (u.entry != null) {
                if ("PERSON".equals(u.entry.type())) {
                    return false;
                }
                if (p == SuffixRules.Profile.TASK_GROUP && u.entry.kind() == Gazetteer.Kind.BODY) {
                    return false;
                }
                return p != SuffixRules.Profile.RAIL || u.length() <= 2;
            }
            if (isConnector(u)) {
                return idx > 0 && units.get(idx - 1).entry != null || idx > 0 && nameLike(units.get(idx - 1).nature);
            }
            if (t.isBlank() || t.contains("的")) {
                return false;
            }
            String nat = u.nature;
            return switch (p) {
                case NAMED, SCHOOL, PLACE_ONLY -> nameLike(nat) || isAnchor(u)
                        || p == SuffixRules.Profile.NAMED && nat.equals("v") && u.length() == 2 && !LIGHT_VERBS.contains(t)
                        && idx > 0 && units.get(idx - 1).entry == null && units.get(idx - 1).nature.startsWith("n")
                        && verbBudget-- > 0;
                case TASK_GROUP -> !hardStop(nat) && !nat.equals("d");
                case COMPANY -> !hardStop(nat) && !nat.equals("d") && !nat.equals("v");
                case RAIL -> u.length() == 1 ? !hardStop(nat) && !nat.equals("d") && !nat.equals("m") && !nat.equals("q")
                        : u.length() == 2 && (nat.equals("j") || nat.equals("ns") || nat.equals("nz"));
            };
        }

        // ---- frames ---------------------------------------------------------------------------------------------

        private void frameCandidates() {
            Matcher m = BOOK_TITLE.matcher(s);
            while (s.indexOf('《') >= 0 && m.find()) {
                String t = m.group(1).strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (BOOK_MEDIA.matcher(t).find() && t.length() <= 12) {
                    cands.add(new Candidate(m.start(1), m.end(1), "ORG", t, 3));
                } else if (BOOK_POLICY.matcher(t).find()) {
                    cands.add(new Candidate(m.start(1), m.end(1), "POLICY", t, 3));
                }
            }
            m = QUOTED.matcher(s);
            while ((s.indexOf('“') >= 0 || s.indexOf('"') >= 0) && m.find()) {
                String t = m.group(1);
                if (QUOTED_POLICY.matcher(t).find() && !INNER_PUNCT.matcher(t).find()) {
                    Gazetteer.Entry e = gaz.lookup(t);
                    cands.add(new Candidate(m.start(1), m.end(1), e != null ? e.type() : "POLICY",
                            e != null ? e.canonical() : t, 3));
                }
            }
            m = AT_EVENT.matcher(s);
            while (s.indexOf('在') >= 0 && s.indexOf('上') >= 0 && m.find()) {
                int st = m.start(1);
                int en = m.end(1);
                boolean anchor = false;
                for (int i = st; i < en && !anchor; i++) {
                    anchor = isAnchor(units.get(unitAt[i]));
                }
                if (anchor) {
                    cands.add(new Candidate(st, en, "EVENT", m.group(1), 3));
                }
            }
            boolean plenum = s.indexOf("全会") >= 0 || s.indexOf("全体会议") >= 0;
            for (Pattern p : new Pattern[] {SESSION, PLENUM, CONGRESS, PEOPLES_CONGRESS}) {
                if ((p == SESSION || p == PLENUM) && !plenum || p == CONGRESS && s.indexOf("党的") < 0
                        || p == PEOPLES_CONGRESS && (s.indexOf('届') < 0 || s.indexOf("会议") < 0)) {
                    continue;
                }
                m = p.matcher(s);
                while (m.find()) {
                    int st = m.start();
                    if (p == PEOPLES_CONGRESS && st > 0) {
                        Unit prev = units.get(unitAt[st - 1]);
                        if (prev.entry != null && "LOCATION".equals(prev.entry.type()) && prev.end == st) {
                            st = prev.start; // 天津市第十八届人民代表大会第一次会议
                        }
                    }
                    String t = s.substring(st, m.end());
                    Gazetteer.Entry e = gaz.lookup(t);
                    cands.add(new Candidate(st, m.end(), "EVENT", e != null ? e.canonical() : t, 3));
                }
            }
            m = FIVE_YEAR.matcher(s);
            while (s.indexOf("规划") >= 0 && m.find()) {
                cands.add(new Candidate(m.start(), m.end(), "POLICY", m.group().replace("“", "").replace("”", ""), 3));
            }
            m = ABBREV_AFTER_CUE.matcher(s);
            while (m.find()) {
                Unit u = units.get(unitAt[m.start()]);
                if (u.length() != 1) {
                    continue; // 在京剧…: the character belongs to a longer word
                }
                Gazetteer.Entry e = gaz.lookup(abbreviationOf(m.group().charAt(0)));
                String canonical = e != null ? e.canonical() : m.group();
                cands.add(new Candidate(m.start(), m.end(), "LOCATION", canonical, 0));
            }
        }

        private static String abbreviationOf(char c) {
            return switch (c) {
                case '京' -> "北京";
                case '津' -> "天津";
                case '沪' -> "上海";
                case '渝' -> "重庆";
                case '冀' -> "河北";
                case '晋' -> "山西";
                case '辽' -> "辽宁";
                case '皖' -> "安徽";
                case '闽' -> "福建";
                case '赣' -> "江西";
                case '鲁' -> "山东";
                case '豫' -> "河南";
                case '鄂' -> "湖北";
                case '湘' -> "湖南";
                case '粤' -> "广东";
                case '琼' -> "海南";
                case '黔' -> "贵州";
                case '滇' -> "云南";
                case '陕' -> "陕西";
                case '蓉' -> "成都";
                case '穗' -> "广州";
                default -> String.valueOf(c);
            };
        }

        // ---- resolution -----------------------------------------------------------------------------------------

        private void resolve(List<EntityMention> out) {
            cands.sort(Comparator.comparingInt((Candidate c) -> -c.length())
                    .thenComparingInt(c -> -c.tier())
                    .thenComparingInt(Candidate::start));
            boolean[] taken = new boolean[s.length()];
            List<Candidate> chosen = new ArrayList<>();
            for (Candidate c : cands) {
                if (c.start() < 0 || c.end() > s.length() || c.length() < 1) {
                    continue;
                }
                boolean free = true;
                for (int i = c.start(); i < c.end() && free; i++) {
                    free = !taken[i];
                }
                if (!free) {
                    continue;
                }
                for (int i = c.start(); i < c.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(c);
            }
            chosen.sort(Comparator.comparingInt(Candidate::start));
            for (Candidate c : chosen) {
                out.add(new EntityMention(s.substring(c.start(), c.end()), c.type(), c.canonical(),
                        base + c.start(), base + c.end()));
            }
        }
    }
}
