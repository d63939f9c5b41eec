package io.mubiao.extract.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Each value of a list goes to its own subject where the subjects are not written as a list of their own:
 * a paired compound stands for its two members (城乡居民人均可支配收入分别达6.9万元、3.4万元 → 城镇居民…, 农村居民…;
 * cues.txt {@code indicator.paired}), and a list of values with no subject of its own after a list of subjects
 * follows that list in order (航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨，分别增长8.3%、7.9% → 8.3% is the
 * passengers', 7.9% the freight's).
 */
final class ListSubjects {
    private ListSubjects() {
    }

    /** The paired compounds of cues.txt {@code indicator.paired}, read once: 城乡 → 城镇, 农村. */
    private static final List<String[]> PAIRS = Lexicon.cues("indicator.paired").stream().map(l -> l.split("\\s+")).toList();

    /** One indicator passing several levels in turn (进出口总额接连突破8万亿元、9万亿元): no pair. */
    private static final Pattern SUCCESSIVE = Pattern.compile("接连|连续|相继|先后|跨上|迈上|跨越");

    /** The k names a paired compound opening {@code core} stands for, or null; {@code pre} is the clause before them. */
    static List<String> paired(String core, String pre, int k) {
        if (!pre.contains("分别") && SUCCESSIVE.matcher(pre).find()) {
            return null;
        }
        for (String[] parts : PAIRS) {
            int at = core.indexOf(parts[0]);
            if (parts.length - 1 == k && at >= 0 && at <= 2) { // 全省城乡…: a scope word may stand before it
                String rest = core.substring(at + parts[0].length());
                List<String> names = new ArrayList<>(k);
                for (int p = 1; p < parts.length; p++) {
                    names.add(parts[p] + rest);
                }
                return names;
            }
        }
        return null;
    }

    /** The names of the k figures right before {@code before} in {@code out} when they are k different ones, or null. */
    static List<String> fromPrevious(List<Draft> out, int before, int k) {
        if (before < k) {
            return null;
        }
        List<String> names = new ArrayList<>(k);
        for (int t = before - k; t < before; t++) {
            names.add(out.get(t).indicator());
        }
        return new HashSet<>(names).size() == k ? names : null;
    }

    /**
     * A rank that each of the listed figures before it holds (国家级数字领航企业18家、工业互联网平台46家，均居全国首位):
     * one rank per subject, quoted from that subject (SCHEMA: one line per value); null when the rank is not shared
     * (no 均/都 before it, or fewer than two figures joined by 、 right before).
     */
    static List<Draft> ranksOfEach(String text, List<Draft> out, int before, Draft rank, String scope) {
        if (!(rank.pre().contains("均") || rank.pre().contains("都")) || !IndicatorPhrases.coreAllowEmpty(rank.pre()).isEmpty()) {
            return null;
        }
        int first = before - 1;
        while (first > 0 && "、".equals(text.substring(out.get(first - 1).mention().end(), out.get(first).quoteStart()).strip())) {
            first--;
        }
        if (first < 0 || before - first < 2 || fromPrevious(out, before, before - first) == null) {
            return null;
        }
        List<Draft> each = new ArrayList<>(before - first);
        for (int t = first; t < before; t++) {
            Draft subject = out.get(t);
            String name = subject.indicator();
            if (subject.mention().isCount() && !name.endsWith("数") && !name.endsWith("数量")) {
                name += "数量"; // 5G工厂301家，均居全国第一: the number of them ranks
            }
            each.add(new Draft(rank.mention(), subject.quoteStart(), rank.quoteEnd(), RankIndicator.named(name, scope),
                    null, rank.pre(), rank.comparator()));
        }
        return each;
    }

    /**
     * The subjects one figure names each, as drafts quoted from each; null when it names one subject. A list names
     * several when the text says so (均, 都) or when its items are full names of comparable length (西青区、武清区率先达到
     * 1000亿元); the items share the last one's measured head (新能源汽车、工业机器人产量均增长30% → 新能源汽车产量).
     * A list of short modifiers or one closed by 等 qualifies a single subject (飞机、船舶、海工平台跨境租赁业务), unless
     * 均 says each example reaches the figure: 锂离子动力电池、新能源汽车等绿色产品产量均增长20% → 锂离子动力电池产量, ….
     */
    static List<Draft> eachSubject(Mention m, int preStart, String pre, String core) {
        int coreStart = preStart + Math.max(pre.indexOf(core), 0);
        int deng = core.lastIndexOf('等');
        List<TextSpan> items;
        String head;
        if (deng > 0 && saysEach(pre, core)) {
            items = ClauseAnalyzer.split(core.substring(0, deng), "、");
            head = ClauseAnalyzer.tail(core.substring(deng + 1));
            if (head == null) {
                return null;
            }
        } else {
            items = ClauseAnalyzer.split(core, "、");
            if (items.size() < 2 && saysEach(pre, core)) {
                items = ClauseAnalyzer.split(core, ClauseAnalyzer.LIST_JOINERS); // 国家高新技术企业和科技型中小企业均突破1万家
            }
            if (items.size() < 2 || !sharedSubject(pre, core, items)) {
                return null;
            }
            head = ClauseAnalyzer.tail(items.get(items.size() - 1).of(core));
        }
        if (items.size() < 2) {
            return null;
        }
        List<Draft> each = new ArrayList<>(items.size());
        for (TextSpan it : items) {
            String item = it.of(core);
            String name = head != null && !item.endsWith(head) ? item + head : item;
            each.add(new Draft(m, coreStart + it.start(), m.end(), name, name, pre, null));
        }
        return each;
    }

    /** 均, 都 (or 分别 before one figure: 分别增加2个) after the list: each item reaches the figure. */
    private static boolean saysEach(String pre, String core) {
        String verbs = verbsAfter(pre, core);
        return verbs.contains("均") || verbs.contains("都") || verbs.contains("分别");
    }

    private static boolean sharedSubject(String pre, String core, List<TextSpan> items) {
        String verbs = verbsAfter(pre, core);
        if (core.contains("等") || verbs.contains("合计") || verbs.contains("共计") || verbs.contains("总计")) {
            return false; // 限上仓储会员店、集合店零售额合计增长15.7%: one figure of them together
        }
        if (saysEach(pre, core)) {
            return true;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        char head = core.charAt(items.get(items.size() - 1).end() - 1);
        for (TextSpan it : items) {
            int len = it.length();
            min = Math.min(min, len);
            max = Math.max(max, len);
            if (len <= 4 && core.charAt(it.end() - 1) != head) {
                return false; // 省级零碳、近零碳工厂: a short modifier and a name share one subject
            }
        }
        return min >= 3 && max <= 2 * min;
    }

    /** The words between the list and its figure (…产量|均增长): where 均, 分别 or 合计 stand. */
    private static String verbsAfter(String pre, String core) {
        return pre.substring(Math.min(pre.length(), Math.max(0, pre.indexOf(core) + core.length())));
    }
}
