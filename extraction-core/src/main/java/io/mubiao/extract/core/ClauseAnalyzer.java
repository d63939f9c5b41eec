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
    private static final String LIST_JOINERS = "、和及与";

    private ClauseAnalyzer() {
    }

    public static List<Draft> analyze(String text, int ss, int se, List<Mention> ms) {
        int n = ms.size();
        List<Draft> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        int[] clauseStart = new int[n];
        int[] clauseEnd = new int[n];
        int[] preStart = new int[n];
        int[] postEnd = new int[n];
        for (int i = 0; i < n; i++) {
            Mention m = ms.get(i);
            int cs = m.start();
            while (cs > ss && !SentenceSplitter.isClauseBreak(text.charAt(cs - 1))) {
                cs--;
            }
            int ce = m.end();
            while (ce < se && !SentenceSplitter.isClauseBreak(text.charAt(ce))) {
                ce++;
            }
            clauseStart[i] = cs;
            clauseEnd[i] = ce;
            preStart[i] = cs;
            postEnd[i] = ce;
        }
        boolean[] separated = new boolean[n]; // a list joiner stands between figure i-1 and figure i
        for (int i = 1; i < n; i++) {
            if (clauseStart[i] != clauseStart[i - 1]) {
                continue;
            }
            int a = ms.get(i - 1).end();
            int b = ms.get(i).start();
            int sep = -1;
            for (int k = b - 1; k >= a; k--) {
                char c = text.charAt(k);
                if (c == '、' || (LIST_JOINERS.indexOf(c) >= 0 && k == a)) {
                    sep = k;
                    break;
                }
            }
            if (sep < 0 && b > a && LIST_JOINERS.indexOf(text.charAt(a)) >= 0) {
                sep = a;
            }
            if (sep < 0) {
                // 580种药品和26种医用耗材: 和 closes the noun of the first count
                int he = text.substring(a, b).lastIndexOf('和');
                if (he < 0) {
                    he = text.substring(a, b).lastIndexOf('及');
                }
                if (he >= 0 && ms.get(i - 1).isCount()) {
                    sep = a + he;
                }
            }
            if (sep >= 0) {
                separated[i] = true;
                postEnd[i - 1] = sep;
                preStart[i] = sep + 1;
            } else {
                postEnd[i - 1] = b;
            }
        }

        String[] pre = new String[n];
        String[] post = new String[n];
        boolean[] prefixCount = new boolean[n];
        for (int i = 0; i < n; i++) {
            Mention m = ms.get(i);
            StringBuilder p = new StringBuilder();
            int from = preStart[i];
            // without a joiner the previous figure sits inside this one's clause text: leave it out
            for (int k = 0; k < i; k++) {
                Mention q = ms.get(k);
                if (q.end() > from && q.start() < m.start()) {
                    if (q.start() > from) {
                        p.append(text, from, q.start());
                    }
                    from = q.end();
                }
            }
            if (from < m.start()) {
                p.append(text, from, m.start());
            }
            pre[i] = p.toString();
            String after = m.end() < postEnd[i] ? text.substring(m.end(), postEnd[i]) : "";
            List<int[]> parts = split(after, "、");
            post[i] = parts.isEmpty() || parts.get(0)[0] > 0 ? "" : after.substring(0, parts.get(0)[1]);
            if (!post[i].isEmpty()) {
                postEnd[i] = m.end() + post[i].length();
            }
            String ps = post[i].strip();
            // a noun after the figure is its object (新建730处健身场地设施, 实施180公里管道清淤)
            prefixCount[i] = !ps.isEmpty() && isCjk(ps.charAt(0)) && !m.isPercentLike();
        }

        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) {
            Mention m = ms.get(i);
            boolean hasNext = i + 1 < n && clauseStart[i + 1] == clauseStart[i];
            if (m.spanYears() > 0 && (hasNext || i > 0 && clauseStart[i - 1] == clauseStart[i])) {
                drop[i] = true; // 连续两年突破百亿元: the run of years only qualifies the figure
            }
            int cut = lastTopLevel(pre[i], "、和及等");
            if (m.isCount() && prefixCount[i] && IndicatorPhrases.core(cut >= 0 ? pre[i].substring(cut + 1) : pre[i]).isEmpty()
                    && Lexicon.cues("count.descriptive").stream().anyMatch(post[i]::contains)) {
                drop[i] = true; // 12条重点产业链带动作用持续显现: describes the subject, counts nothing done
            }
            if (hasNext && !separated[i + 1] && m.isCount() && prefixCount[i]) {
                Mention next = ms.get(i + 1);
                int gap = next.start() - m.end();
                if (gap <= 4) {
                    drop[i] = true; // 7个方面25项重点任务: a grouping of the next count
                } else if (next.isPercentLike()) {
                    drop[i] = true; // 12条重点产业链增加值增长3.5%: the count belongs to the subject
                }
            }
            if (i > 0 && clauseStart[i - 1] == clauseStart[i] && !separated[i] && ms.get(i - 1).isCount()
                    && prefixCount[i - 1] && IndicatorPhrases.core(text.substring(clauseStart[i - 1], ms.get(i - 1).start())).isEmpty()) {
                if (m.isCount() && prefixCount[i]) {
                    drop[i] = true; // 770家优质企业融入6条区域共建产业链: the second count is part of the predicate
                } else {
                    drop[i - 1] = true; // 6家海河实验室开展重大课题130余项: the first count names the subject
                }
            }
        }

        int i = 0;
        while (i < n) {
            if (drop[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && !drop[j + 1] && separated[j + 1] && pre[j + 1].strip().isEmpty()
                    && post[j].strip().isEmpty() && clauseStart[j + 1] == clauseStart[i]) {
                j++;
            }
            int before = out.size();
            if (j > i) {
                list(text, ms, i, j, preStart[i], pre[i], out);
            } else {
                single(text, ms.get(i), preStart[i], pre[i], prefixCount[i] ? post[i] : "", prefixCount[i] ? postEnd[i] : -1, out);
            }
            if (before > 0) {
                Draft prev = out.get(before - 1);
                for (int k = before; k < out.size(); k++) {
                    out.set(k, inherit(text, prev, out.get(k), separated[i]));
                }
            } else {
                for (int k = before; k < out.size(); k++) {
                    out.set(k, inherit(text, null, out.get(k), false));
                }
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
        List<int[]> items = split(core, "、");
        if (items.size() != k) {
            items = split(core, LIST_JOINERS);
        }
        String lastSuffix = ms.get(j).comparator();
        if (items.size() == k && k > 1) {
            String last = core.substring(items.get(k - 1)[0], items.get(k - 1)[1]);
            String tail = tail(last);
            for (int t = 0; t < k; t++) {
                Mention m = ms.get(i + t);
                String item = core.substring(items.get(t)[0], items.get(t)[1]);
                String name = t < k - 1 && tail != null && !item.endsWith(tail) ? item + tail : item;
                out.add(new Draft(m, coreStart + items.get(t)[0], m.end(), name, null, pre,
                        m.comparator() == null ? lastSuffix : null));
            }
        } else {
            for (int t = i; t <= j; t++) {
                Mention m = ms.get(t);
                out.add(new Draft(m, preStart, m.end(), core, null, pre, m.comparator() == null ? lastSuffix : null));
            }
        }
    }

    private static final java.util.regex.Pattern RANK_VERB = java.util.regex.Pattern.compile(
            "^(?:位居|稳居|跻身|跃升|跃居|排名|排|位列|名列|居|进入|保持)(全国|全球|世界|国内|全省|全市|亚洲|北方)");
    private static final String ACTION_VERBS = "新增|新建|改造|建成|建设|盘活|培育|新认定|新落地|落地|引进|完成";

    /**
     * What a figure's name takes from the figure before it in the sentence: the whole name when its
     * own clause has none (…增长6.9%，突破2100万标准箱), the subject of a total (总投资1721亿元),
     * the action verb of a 、-list (改造燃气管网723公里、供热管网1122公里), and for a rank its scope.
     */
    private static Draft inherit(String text, Draft prev, Draft d, boolean joined) {
        String name = d.indicator();
        String prevName = prev == null ? "" : prev.indicator();
        java.util.regex.Matcher rank = RANK_VERB.matcher(text.substring(d.mention().start(), d.mention().end()));
        if (rank.find()) {
            String subject = name.isEmpty() ? prevName : name;
            name = subject.endsWith("排名") ? subject : subject + rank.group(1) + "排名";
        } else if ((name.length() <= 1 || IndicatorPhrases.coreAllowEmpty(name).isEmpty()) && prev != null) {
            name = prevName;
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

    private static void single(String text, Mention m, int preStart, String pre, String post, int postEnd, List<Draft> out) {
        String core = IndicatorPhrases.core(pre);
        if (!post.isEmpty()) {
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
        List<int[]> items = split(core, "、");
        if (items.size() < 2 && saysEach(pre, core)) {
            items = split(core, LIST_JOINERS); // 国家高新技术企业和科技型中小企业均突破1万家
        }
        if (items.size() >= 2 && sharedSubject(pre, core, items)) {
            int coreStart = preStart + Math.max(pre.indexOf(core), 0);
            for (int[] it : items) {
                String item = core.substring(it[0], it[1]);
                out.add(new Draft(m, coreStart + it[0], m.end(), item, item, pre, null));
            }
            return;
        }
        out.add(new Draft(m, trimStart(text, preStart, m.start()), m.end(), core, null, pre, null));
    }

    /**
     * A list before one figure names several subjects that each reach it when the text says so (均, 都)
     * or when the items are full names of comparable length (西青区、武清区率先达到1000亿元); a list
     * of short modifiers or one closed by 等 qualifies a single subject (飞机、船舶、海工平台跨境租赁业务).
     */
    private static boolean saysEach(String pre, String core) {
        String verbs = pre.substring(Math.min(pre.length(), Math.max(0, pre.indexOf(core) + core.length())));
        return verbs.contains("均") || verbs.contains("都");
    }

    private static boolean sharedSubject(String pre, String core, List<int[]> items) {
        if (core.contains("等")) {
            return false;
        }
        if (saysEach(pre, core)) {
            return true;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int[] it : items) {
            int len = it[1] - it[0];
            min = Math.min(min, len);
            max = Math.max(max, len);
        }
        return min >= 3 && max <= 2 * min;
    }

    /** The head a list's last item shares with the others: 占全市地区生产总值比重, 企业, 播种面积. */
    private static String tail(String last) {
        int zhan = last.indexOf('占');
        if (zhan > 0) {
            return last.substring(zhan);
        }
        for (String head : new String[] {"增加值", "播种面积", "面积", "企业", "产业", "比重", "占比", "总额", "数量"}) {
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
    static List<int[]> split(String s, String joiners) {
        List<int[]> out = new ArrayList<>();
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
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        if (s.length() > start) {
            out.add(new int[] {start, s.length()});
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
