package io.mubiao.extract.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Ties the figures of one sentence to their indicators. Works clause by clause (between commas):
 * the text before a figure names it, a noun after a counted figure is its object
 * (新建730处健身场地设施); lists are resolved (A、B分别增至283家、38家 maps each figure to its own
 * subject; A、B均突破1.2万家 is one target per subject); and counts that only describe a subject
 * (12条重点产业链增加值增长3.5%, 7个方面25项重点任务) are dropped.
 */
public final class ClauseAnalyzer {
    static final String LIST_JOINERS = "、和及与";

    private ClauseAnalyzer() {
    }

    public static List<Draft> analyze(String text, int ss, int se, List<Mention> ms) {
        List<Draft> out = new ArrayList<>();
        if (ms.isEmpty()) {
            return out;
        }
        List<ClauseFigure> fs = ClauseLayout.of(text, ss, se, ms);
        ThresholdCounts.mark(text, fs);
        SubjectCounts.mark(text, fs);
        int n = fs.size();
        int i = 0;
        while (i < n) {
            ClauseFigure f = fs.get(i);
            if (f.dropped) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && !fs.get(j + 1).dropped && fs.get(j + 1).separated && fs.get(j + 1).pre.strip().isEmpty()
                    && fs.get(j).post.strip().isEmpty() && fs.get(j + 1).clauseStart == f.clauseStart) {
                j++;
            }
            int before = out.size();
            if (j > i) {
                list(text, ms, i, j, f.preStart, f.pre, out);
            } else {
                single(text, f.mention, f.preStart, f.pre, f.prefixCount ? f.post : "", f.prefixCount ? f.postEnd : -1, out);
            }
            Draft prev = before > 0 ? out.get(before - 1) : null;
            List<String> theirs = j > i && IndicatorPhrases.coreAllowEmpty(f.pre).isEmpty()
                    ? ListSubjects.fromPrevious(out, before, out.size() - before) : null;
            String rankScope = j == i ? RankIndicator.scopeOf(text.substring(f.mention.start(), f.mention.end())) : null;
            List<Draft> each = rankScope == null ? null : ListSubjects.ranksOfEach(text, out, before, out.get(before), rankScope);
            if (each != null) { // 18家、46家，均居全国首位: one rank per subject
                out.remove(before);
                out.addAll(each);
            }
            for (int k = before; k < out.size() && each == null; k++) {
                Draft d = out.get(k);
                out.set(k, theirs != null ? d.named(theirs.get(k - before)) : inherit(text, prev, d, prev != null && f.separated));
            }
            i = j + 1;
        }
        return out;
    }

    /** Several figures after one subject phrase: 分别增至283家、38家. */
    private static void list(String text, List<Mention> ms, int i, int j, int preStart, String pre, List<Draft> out) {
        int k = j - i + 1;
        String core = IndicatorPhrases.core(pre);
        int coreAt = pre.indexOf(core);
        int coreStart = preStart + Math.max(coreAt, 0);
        List<TextSpan> items = split(core, "、");
        if (items.size() != k) {
            items = split(core, LIST_JOINERS);
        }
        String lastSuffix = ms.get(j).comparator();
        if (items.size() == k && k > 1) {
            String last = items.get(k - 1).of(core);
            String tail = tail(items.get(0).of(core), last);
            for (int t = 0; t < k; t++) {
                Mention m = ms.get(i + t);
                String item = items.get(t).of(core);
                String name = t < k - 1 && tail != null && !item.endsWith(tail) ? item + tail : item;
                out.add(new Draft(m, coreStart + items.get(t).start(), m.end(), name, null, pre,
                        m.comparator() == null ? lastSuffix : null));
            }
        } else {
            List<String> paired = ListSubjects.paired(core, pre, k);
            for (int t = i; t <= j; t++) {
                Mention m = ms.get(t);
                String name = paired == null ? core : paired.get(t - i);
                out.add(new Draft(m, preStart, m.end(), name, null, pre, m.comparator() == null ? lastSuffix : null));
            }
        }
    }

    private static final String ACTION_VERBS = "新增|新建|改造|建成|建设|盘活|培育|新认定|新落地|落地|引进|完成";

    /**
     * What a figure's name takes from the figure before it in the sentence: the whole name when its
     * own clause has none (…增长6.9%，突破2100万标准箱), the subject of a total (总投资1721亿元),
     * the action verb of a 、-list (改造燃气管网723公里、供热管网1122公里), and for a rank its scope.
     */
    private static Draft inherit(String text, Draft prev, Draft d, boolean joined) {
        String name = d.indicator();
        String prevName = prev == null ? "" : prev.indicator();
        String scope = RankIndicator.scopeOf(text.substring(d.mention().start(), d.mention().end()));
        if (scope != null) {
            String subject = name.length() <= 1 || IndicatorPhrases.coreAllowEmpty(name).isEmpty() ? prevName : name;
            name = subject.endsWith("排名") ? subject : RankIndicator.named(subject, scope);
        } else if ((name.length() <= 1 || IndicatorPhrases.coreAllowEmpty(name).isEmpty()) && prev != null) {
            name = subjectOf(prevName);
        } else if (name.startsWith("总") && prev != null && joined) {
            name = prevName + name;
        } else if (joined && prev != null) {
            java.util.regex.Matcher v = java.util.regex.Pattern.compile("^(?:" + ACTION_VERBS + ")").matcher(prevName);
            if (v.find() && !java.util.regex.Pattern.compile("^(?:" + ACTION_VERBS + ")").matcher(name).find()) {
                name = v.group() + name;
            }
        }
        return name.equals(d.indicator()) ? d : new Draft(d.mention(), d.quoteStart(), d.quoteEnd(), name, d.subject(), d.pre(), d.comparator());
    }

    /**
     * The subject of a name that also holds what was said of it: 地区生产总值连续迈上万亿元台阶 →
     * 地区生产总值, so that …、达14.2万亿元 is the output's level, not the steps'.
     */
    static String subjectOf(String name) {
        for (int i = 2; i < name.length() - 1; i++) {
            if (Lexicon.startingAt(name, i, "indicator.predicate") != null) {
                return name.substring(0, i);
            }
        }
        return name;
    }

    private static void single(String text, Mention m, int preStart, String pre, String post, int postEnd, List<Draft> out) {
        String core = IndicatorPhrases.core(pre);
        if (!post.isEmpty() && !IndicatorPhrases.isBase(pre)) { // a base figure names no object: 从4.16万亿元|增加到
            // examples before the counted noun are not its name (天美艺术街区等21个城市更新项目, …二期和56个口袋公园)
            int cut = lastTopLevel(pre, "、和及等");
            String own = cut >= 0 ? pre.substring(cut + 1) : pre;
            String verb = IndicatorPhrases.coreAllowEmpty(own);
            if (Lexicon.endingAt(verb, verb.length(), "indicator.generic_verbs") != null) {
                verb = "";
            }
            int qs = trimStart(text, cut >= 0 ? preStart + cut + 1 : preStart, m.start());
            out.add(new Draft(m, qs, postEnd, verb + post.strip(), null, pre, null));
            return;
        }
        List<Draft> each = ListSubjects.eachSubject(m, preStart, pre, core);
        if (each != null) {
            out.addAll(each);
            return;
        }
        out.add(new Draft(m, trimStart(text, preStart, m.start()), m.end(), core, null, pre, null));
    }

    /**
     * The head a list's last item shares with the others: 占全市地区生产总值比重, 企业, 播种面积; when the
     * others are short modifiers, what the last has beyond one (交通、水利、能源领域投资额 → 领域投资额).
     */
    private static String tail(String first, String last) {
        String known = tail(last);
        if (known != null || first.length() > 4 || last.length() < first.length() + 2) {
            return known;
        }
        return last.substring(first.length());
    }

    static String tail(String last) {
        int zhan = last.indexOf('占');
        if (zhan > 0) {
            return last.substring(zhan);
        }
        for (String head : new String[] {"增加值", "播种面积", "面积", "企业", "产业", "比重", "占比", "总额", "数量", "零售额", "销售额",
            "吞吐量", "产量", "产值"}) {
            if (last.endsWith(head) && last.length() > head.length()) {
                return head;
            }
        }
        return null;
    }

    /** Offset of the last of {@code marks} outside quotes and brackets, or -1. */
    static int lastTopLevel(String s, String marks) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '《' || c == '（' || c == '(') {
                depth++;
            } else if (c == '”' || c == '》' || c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && marks.indexOf(c) >= 0) {
                last = i;
            }
        }
        return last;
    }

    /** Top-level items of a list, split at any of {@code joiners} outside quotes and brackets. */
    static List<TextSpan> split(String s, String joiners) {
        List<TextSpan> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '《' || c == '（' || c == '(' || c == '「') {
                depth++;
            } else if (c == '”' || c == '》' || c == '）' || c == ')' || c == '」') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && joiners.indexOf(c) >= 0) {
                if (i > start) {
                    out.add(new TextSpan(start, i));
                }
                start = i + 1;
            }
        }
        if (s.length() > start) {
            out.add(new TextSpan(start, s.length()));
        }
        return out;
    }

    private static int trimStart(String text, int from, int limit) {
        int s = from;
        while (s < limit && (Character.isWhitespace(text.charAt(s)) || IndicatorPhrases.isSeparator(text.charAt(s)))) {
            s++;
        }
        return s;
    }

    static boolean isCjk(char c) {
        return (c >= 0x4e00 && c <= 0x9fff) || c == '“';
    }
}
