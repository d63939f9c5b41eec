package io.mubiao.extract.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of one sentence: numbers however written ({@link NumberParser}: 2400万, 十二万,
 * 壹佰伍拾, 1.2万亿, 一千多万) with a unit, percentages and fractions in words (百分之五, 千分之三,
 * 三分之一, 1/3), tenths (七成), ranks (位居全国第三, 全国首位, 勇夺亚军), digit-less figures (超千亿元,
 * 过半, 一半) and fixed readings (两位数, 翻番). Leaves out what only looks like a figure: dates, ordinals,
 * numbers inside names (PM2.5, 5G, 地铁4号线, 《…》, “十项行动”), durations (连续5年, 5年来, 历时12年: a
 * number of years is never a figure, shared/eval/SCHEMA.md), size classes (千亿级, 25兆瓦级), thresholds
 * that describe a noun (150万吨以上的物流园区) and bare numbers without a unit.
 */
public final class MentionScanner {
    private static final String CN = "零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟贰貳兩陸萬億";
    private static final String NUM = "[" + CN + "0-9０-９]+";

    private static final Pattern RANK_WORD = Pattern.compile("(?:(第|前)(" + NUM + ")(位|名)?|(首位|榜首))");
    /** 1/3, 1/10 as written in digits: a fraction (dates and units such as 微克/立方米 do not match). */
    private static final Pattern SLASH_FRACTION = Pattern.compile("(?<![0-9０-９./])([0-9]{1,3})/([0-9]{1,4})(?![0-9./])");
    private static final Pattern TITLE = Pattern.compile("(冠军|亚军|季军)");
    private static final Pattern DIGITS_CLASS = Pattern.compile("([两三])位数");
    private static final Pattern HALF = Pattern.compile("(?<![" + CN + "个])半(小时|天)");
    private static final Pattern DOUBLING = Pattern.compile("翻(一|两|二)?番");
    private static final Pattern FLAT_OR_UP = Pattern.compile("持平略增|持平略升");
    /** 成 ends a word here, not a tenth: 三成为, 一成不变, 九成品. */
    private static final String NOT_TENTH_AFTER = "为立功果员本绩熟效就都交型不品";

    private MentionScanner() {
    }

    /** Figures in {@code text[from, to)}, in text order. */
    public static List<Mention> scan(String text, int from, int to) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[to - from];
        String region = text.substring(from, to);
        special(region, from, out, taken);
        for (int k = 0; k < out.size(); k++) {
            out.set(k, withSuffix(text, out.get(k), to, taken, from));
        }
        numbers(text, from, to, out, taken);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void special(String region, int off, List<Mention> out, boolean[] taken) {
        if (has(region, "第", "前", "首位", "榜首")) {
            ranks(region, off, out, taken);
        }
        if (has(region, "分之")) {
            fractions(region, off, out, taken);
        }
        Matcher m = SLASH_FRACTION.matcher(has(region, "/") ? region : "");
        while (m.find()) {
            double a = Double.parseDouble(m.group(1));
            double b = Double.parseDouble(m.group(2));
            if (a > 0 && a < b) {
                double v = BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 4, RoundingMode.HALF_UP).doubleValue();
                add(out, taken, off, m.start(), m.end(), new Mention(off + m.start(), off + m.end(), off + m.end(), v, null, "", null, null, 0));
            }
        }
        if (has(region, "冠军", "亚军", "季军")) {
            titles(region, off, out, taken);
        }
        m = DIGITS_CLASS.matcher(has(region, "位数") ? region : "");
        while (m.find()) {
            double v = "两".equals(m.group(1)) ? 10 : 100;
            add(out, taken, off, m.start(), m.end(), new Mention(off + m.start(), off + m.end(), off + m.end(), v, null, "%", "at_least", "rate", 0));
        }
        if (has(region, "半")) {
            halves(region, off, out, taken);
        }
        m = DOUBLING.matcher(has(region, "番") ? region : "");
        while (m.find()) {
            double v = m.group(1) == null || "一".equals(m.group(1)) ? 100 : 300;
            add(out, taken, off, m.start(), m.end(), new Mention(off + m.start(), off + m.end(), off + m.end(), v, null, "%", null, "rate", 0));
        }
        m = FLAT_OR_UP.matcher(has(region, "持平") ? region : "");
        while (m.find()) {
            add(out, taken, off, m.start(), m.end(), new Mention(off + m.start(), off + m.end(), off + m.end(), 0, null, "%", "at_least", "rate", 0));
        }
    }

    /**
     * A rank is a figure when it is what the clause states: a rank word (第三, 前十, 首位, 榜首) after a
     * rank verb or a scope (位居全国第三, 稳居第一, 居各省区第一, 全国首位), ending the clause
     * (全国第一个…, 全国第一批… are ordinals). Unit 位 (名 when written or for 前N), 1 for 首位/榜首.
     */
    private static void ranks(String region, int off, List<Mention> out, boolean[] taken) {
        Matcher m = RANK_WORD.matcher(region);
        while (m.find()) {
            int ws = m.start();
            int we = m.end();
            if (!endsClause(region, we)) {
                continue;
            }
            // a scope right before the rank word, a rank verb right before that or a few characters earlier
            int s = ws;
            String scope = NumberWords.endingAt(region, 0, s, "rank.scope");
            if (scope != null) {
                s -= scope.length();
            }
            String verb = NumberWords.endingAt(region, 0, s, "rank.verb");
            if (verb != null) {
                s -= verb.length();
            } else {
                for (int k = s - 1; k >= Math.max(0, s - 6); k--) { // 居各省区第一, 稳居全国同类城市第二
                    if (SentenceSplitter.isClauseBreak(region.charAt(k))) {
                        break;
                    }
                    String v = NumberWords.endingAt(region, 0, k, "rank.verb");
                    if (v != null) {
                        verb = v;
                        s = k - v.length();
                        break;
                    }
                }
            }
            if (verb == null && scope == null) {
                continue;
            }
            double v;
            String unit;
            String cmp = null;
            if (m.group(4) != null) {
                v = 1;
                unit = "位";
            } else {
                Double n = NumberParser.parse(m.group(2));
                if (n == null || n < 1 || n > 500 || n != Math.rint(n)) {
                    continue;
                }
                v = n;
                boolean top = "前".equals(m.group(1));
                unit = m.group(3) != null ? m.group(3) : top ? "名" : "位";
                cmp = top ? "at_most" : "exact";
            }
            add(out, taken, off, s, we, new Mention(off + s, off + we, off + we, v, null, unit, cmp, "amount", 0));
        }
    }

    /** 勇夺世俱杯亚军: a title won is a rank (冠军 1, 亚军 2, 季军 3) when a verb of winning leads to it. */
    private static void titles(String region, int off, List<Mention> out, boolean[] taken) {
        Matcher m = TITLE.matcher(region);
        while (m.find()) {
            if (!endsClause(region, m.end())) {
                continue; // 单项冠军企业: part of a name
            }
            for (int k = m.start(); k >= Math.max(0, m.start() - 12); k--) {
                if (k < m.start() && SentenceSplitter.isClauseBreak(region.charAt(k))) {
                    break;
                }
                String verb = NumberWords.endingAt(region, 0, k, "rank.title.verb");
                if (verb != null) {
                    int s = k - verb.length();
                    double v = "冠军".equals(m.group(1)) ? 1 : "亚军".equals(m.group(1)) ? 2 : 3;
                    add(out, taken, off, s, m.end(), new Mention(off + s, off + m.end(), off + m.end(), v, null, "位", "exact", "amount", 0));
                    break;
                }
            }
        }
    }

    private static boolean endsClause(String region, int at) {
        if (at >= region.length()) {
            return true;
        }
        char c = region.charAt(at);
        return SentenceSplitter.isClauseBreak(c) || "）)”’、".indexOf(c) >= 0 || Character.isWhitespace(c)
                || NumberWords.startingAt(region, at, "rank.after") != null;
    }

    /**
     * X分之Y: with a power of ten of 100 or more it is a percentage (百分之五 → 5 %, 千分之三 → 0.3 %,
     * 百分之百 → 100 %); any other denominator gives a fraction with an empty unit, to four places
     * (三分之一 → 0.3333, 四分之三 → 0.75).
     */
    private static void fractions(String region, int off, List<Mention> out, boolean[] taken) {
        int at = region.indexOf("分之");
        while (at >= 0) {
            int ds = at;
            while (ds > 0 && NumberParser.isNumeral(region.charAt(ds - 1))) {
                ds--;
            }
            Double den = ds < at ? NumberParser.parse(region.substring(ds, at)) : null;
            NumberParser.Reading num = NumberParser.read(region, at + 2, region.length());
            if (den != null && den >= 2 && num != null && !num.approx()) {
                BigDecimal d = BigDecimal.valueOf(den);
                BigDecimal n = BigDecimal.valueOf(num.value());
                boolean powerOfTen = den >= 100 && Math.log10(den) == Math.rint(Math.log10(den));
                Mention mention = null;
                if (powerOfTen) {
                    double v = n.multiply(BigDecimal.valueOf(100)).divide(d, MathContext.DECIMAL64).doubleValue();
                    mention = new Mention(off + ds, off + num.end(), off + num.end(), v, null, "%", null, null, 0);
                } else if (num.value() > 0 && num.value() < den) {
                    double v = n.divide(d, 4, RoundingMode.HALF_UP).doubleValue();
                    mention = new Mention(off + ds, off + num.end(), off + num.end(), v, null, "", null, null, 0);
                }
                if (mention != null) {
                    add(out, taken, off, ds, num.end(), mention);
                }
            }
            at = region.indexOf("分之", at + 2);
        }
    }

    /** 一半 and 半数 (0.5, empty unit), 过半 (at least 0.5), 半小时 / 半天, 半成 (0.5 成). */
    private static void halves(String region, int off, List<Mention> out, boolean[] taken) {
        for (String w : new String[] {"过半", "一半", "半数", "半成"}) {
            int i = region.indexOf(w);
            while (i >= 0) {
                int e = i + w.length();
                if ("半成".equals(w)) {
                    if (i == 0 || !NumberParser.isNumeral(region.charAt(i - 1))) {
                        add(out, taken, off, i, e, new Mention(off + i, off + e, off + e, 0.5, null, "成", null, null, 0));
                    }
                } else {
                    add(out, taken, off, i, e, new Mention(off + i, off + e, off + e, 0.5, null, "",
                            "过半".equals(w) ? "at_least" : null, "share", 0));
                }
                i = region.indexOf(w, e);
            }
        }
        Matcher m = HALF.matcher(region);
        while (m.find()) {
            add(out, taken, off, m.start(), m.end(), new Mention(off + m.start(), off + m.end(), off + m.end(), 0.5, null, m.group(1), null, "amount", 0));
        }
    }

    /** A qualifier right after a figure read by a pattern (七成以上, 千亿元左右) belongs to it. */
    private static Mention withSuffix(String text, Mention m, int to, boolean[] taken, int from) {
        if (m.comparator() != null || m.end() >= to) {
            return m;
        }
        String c = null;
        String s;
        if ((s = Lexicon.startingAt(text, m.end(), "comparator.suffix.at_least")) != null && s.length() > 1) {
            c = "at_least";
        } else if ((s = Lexicon.startingAt(text, m.end(), "comparator.suffix.at_most")) != null) {
            c = "at_most";
        } else if ((s = Lexicon.startingAt(text, m.end(), "comparator.suffix.approx")) != null) {
            c = "approx";
        }
        if (c == null || m.end() + s.length() > to) {
            return m;
        }
        for (int k = m.end(); k < m.end() + s.length(); k++) {
            taken[k - from] = true;
        }
        return new Mention(m.start(), m.end() + s.length(), m.numberEnd(), m.value(), m.valueMax(), m.unit(), c, m.measure(), m.spanYears());
    }

    /** Cheap literal test that spares a regex scan of sentences that cannot match it. */
    private static boolean has(CharSequence region, String... literals) {
        String s = region.toString();
        for (String l : literals) {
            if (s.contains(l)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Mention> out, boolean[] taken, int off, int s, int e, Mention mention) {
        for (int k = s; k < e; k++) {
            if (taken[k]) {
                return;
            }
        }
        for (int k = s; k < e; k++) {
            taken[k] = true;
        }
        out.add(mention);
    }

    /** Numbers with a unit, in digits, in words or mixed: the run of numerals is read in one piece. */
    private static void numbers(String text, int from, int to, List<Mention> out, boolean[] taken) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean halfHundred = c == '半' && i + 1 < to && NumberParser.chineseUnit(text.charAt(i + 1)) >= 100; // 半百
            if (taken[i - from] || !(NumberParser.isNumeral(c) || halfHundred) || i > from && NumberParser.isNumeral(text.charAt(i - 1))) {
                i++;
                continue;
            }
            NumberParser.Reading r = NumberParser.read(text, i, to);
            int runEnd = i + 1;
            while (runEnd < to && NumberParser.isNumeral(text.charAt(runEnd))) {
                runEnd++;
            }
            if (r == null) {
                i = runEnd;
                continue;
            }
            Mention m = figure(text, from, to, i, r, taken);
            if (m == null) {
                i = Math.max(runEnd, i + 1);
                continue;
            }
            for (int t = m.start(); t < m.end() && t - from < taken.length; t++) {
                taken[t - from] = true;
            }
            out.add(m);
            i = m.end();
        }
    }

    /** The figure a number read at {@code start} gives with what follows it, or null when it is not one. */
    private static Mention figure(String text, int from, int to, int start, NumberParser.Reading r, boolean[] taken) {
        int j = r.end();
        boolean words = r.chinese() && !r.arabic();
        if (r.arabic() && insideName(text, from, start, j)) {
            return null;
        }
        if (words && (r.digitRun() || !wordsMayStart(text, from, start, r))) {
            return null;
        }
        double value = r.head();
        String magnitude = r.magnitude();
        Double valueMax = null;
        // 4.5%-5%, 8-10万个, 两到三万: one figure, the lower bound with the upper kept
        int k = j;
        boolean percentFirst = k < to && (text.charAt(k) == '%' || text.charAt(k) == '％');
        if (percentFirst) {
            k++;
        }
        if (k + 1 < to && (isRangeDash(text.charAt(k)) || text.charAt(k) == '到') && NumberParser.isNumeral(text.charAt(k + 1))
                && !taken[k + 1 - from]) {
            NumberParser.Reading q = NumberParser.read(text, k + 1, to);
            if (q != null && !q.bare() && (magnitude == null || magnitude.equals(q.magnitude()))
                    && (q.arabic() || q.chinese() && !r.arabic()) && q.head() > value
                    && (!percentFirst || k + 1 < to && q.end() < to && (text.charAt(q.end()) == '%' || text.charAt(q.end()) == '％'))) {
                valueMax = q.head();
                magnitude = q.magnitude();
                r = new NumberParser.Reading(r.value(), q.end(), r.chinese() || q.chinese(), r.arabic() || q.arabic(),
                        r.approx() || q.approx(), magnitude, false, false);
                j = q.end();
            }
        }
        String comparator = r.approx() ? "at_least" : null;
        String unit = Units.unitAt(text, j);
        int unitEnd;
        if (unit == null && magnitude != null && PeopleNouns.startsAt(text, j)) {
            unit = "人"; // 30万群众, 20万就业困难人员: people counted without a classifier
            unitEnd = j;
        } else if (unit == null && magnitude != null && clauseEnds(text, j, to)) {
            unit = listUnit(text, j, to, magnitude); // 海洋生产总值突破万亿: the magnitude closes the clause, its unit unsaid
            unitEnd = j;
        } else if (unit == null) {
            return null;
        } else {
            unitEnd = j + unit.length();
        }
        String written = magnitude == null ? unit : magnitude + unit;
        if (unitEnd + 1 < to && text.charAt(unitEnd) == '/' && !unit.isEmpty()) {
            // a rate unit: 万元/人, 元/平方米, 吨/万元, 千瓦时/人
            String mag = Units.magnitudeAt(text, unitEnd + 1);
            int at = unitEnd + 1 + (mag == null ? 0 : mag.length());
            String per = Units.unitAt(text, at);
            if (per != null) {
                written = written + text.substring(unitEnd, at + per.length());
                unitEnd = at + per.length();
            }
        }
        if ("成".equals(unit) && !tenth(text, unitEnd, value)) {
            return null;
        }
        if ("成".equals(unit) && unitEnd < to && text.charAt(unitEnd) == '半') {
            value += 0.5; // 三成半
            unitEnd++;
        }
        if (words && !wordsAreFigure(text, unitEnd, unit, r)) {
            return null;
        }
        if (inShortQuote(text, from, start) && !"time".equals(Units.category(unit))) {
            return null; // “117项目”, “双20条”, “新二十条”: a short quoted name (“1小时交通圈” still says a radius)
        }
        String head = Units.unitHead(Units.strip(written));
        if (excludedUnit(text, unitEnd, head, to)) {
            return null;
        }
        int numberEnd = unitEnd;
        // a short parenthesised qualifier belongs to the unit: 6万余套（间）
        if (numberEnd < to && (text.charAt(numberEnd) == '（' || text.charAt(numberEnd) == '(')) {
            int close = numberEnd + 1;
            while (close < to && close - numberEnd <= 3 && text.charAt(close) != '）' && text.charAt(close) != ')') {
                close++;
            }
            if (close < to && close - numberEnd <= 3 && close - numberEnd >= 2) {
                written = written + text.substring(numberEnd, close + 1);
                numberEnd = close + 1;
            }
        }
        if ((text.startsWith("及以上", numberEnd) || text.startsWith("及以下", numberEnd)) && !clauseEnds(text, numberEnd + 3, to)) {
            return null; // 10万千瓦及以下燃煤机组: a threshold that describes a noun
        }
        String suffix = Lexicon.startingAt(text, numberEnd, "comparator.suffix.at_least");
        String suffixComparator = null;
        if (suffix != null && !"多".equals(suffix) && !"余".equals(suffix)) {
            suffixComparator = "at_least";
        } else if ((suffix = Lexicon.startingAt(text, numberEnd, "comparator.suffix.at_most")) != null) {
            suffixComparator = "at_most";
        } else if ((suffix = Lexicon.startingAt(text, numberEnd, "comparator.suffix.approx")) != null) {
            suffixComparator = "approx";
        }
        int end = numberEnd;
        if (suffixComparator != null && !"approx".equals(suffixComparator) && numberEnd + suffix.length() < to
                && text.charAt(numberEnd + suffix.length()) == '的' && !"%".equals(Units.baseUnit(written))
                && NumberWords.startingAt(text, numberEnd + suffix.length() + 1, "threshold.level") == null) {
            return null; // 150万吨以上的物流园区: a threshold that describes a noun, not a figure (60%以上的机构 is a share)
        }
        if (suffixComparator != null && numberEnd + suffix.length() <= to) {
            end = numberEnd + suffix.length();
            comparator = suffixComparator;
        }
        return new Mention(start, end, numberEnd, value, valueMax, written, comparator, null, 0);
    }

    /** 分别达1409万、1305万人次: in a list the unit of the next item with the same magnitude is also this one's. */
    private static String listUnit(String text, int at, int to, String magnitude) {
        if (at + 1 < to && text.charAt(at) == '、' && NumberParser.isNumeral(text.charAt(at + 1))) {
            NumberParser.Reading next = NumberParser.read(text, at + 1, to);
            String unit = next == null ? null : Units.unitAt(text, next.end());
            if (unit != null && magnitude.equals(next.magnitude())) {
                return unit;
            }
        }
        return "";
    }

    /** 七成, 9.5成, 十成 are tenths; 三成为, 一成不变 are words. */
    private static boolean tenth(String text, int after, double value) {
        return value <= 10 && (after >= text.length() || NOT_TENTH_AFTER.indexOf(text.charAt(after)) < 0);
    }

    /**
     * Where a number in words may be a figure: not an ordinal (第十), not a rate's base (每万人), not the
     * start of a quoted or titled name (“十项行动”, 《…》); without a digit (千亿元, 万元) only after a
     * word that states a level (超千亿元, 突破万亿元, 人均收入超万元) or as a round lower bound (千余家).
     */
    private static boolean wordsMayStart(String text, int from, int start, NumberParser.Reading r) {
        char before = start > from ? text.charAt(start - 1) : ' ';
        if (before == '第' || before == '每' || before == '届' || before == '《' || before == '「') {
            return false; // 第十, 每万人, 十一届十次
        }
        if (r.bare() && !r.approx()) {
            return NumberWords.endingAt(text, from, start, "bare.before") != null;
        }
        return true;
    }

    /**
     * Numbers in words with their unit: measures, percentages and multiples are figures at any size
     * (二元, 两倍, 三成); a count in words is a figure from ten up (一百零二所, 十二万人, 千余家): below
     * ten it is a list's or a slogan's (两个维护, 三条主线, 一批); a count closed by a quote mark or followed
     * by a name word is part of a name (“新二十条”, 十项行动, 十个方面); 二元结构 is a term.
     */
    private static boolean wordsAreFigure(String text, int unitEnd, String unit, NumberParser.Reading r) {
        if (unitEnd < text.length() && (text.charAt(unitEnd) == '”' || text.charAt(unitEnd) == '》' || text.charAt(unitEnd) == '"')) {
            return false;
        }
        if (NumberWords.startingAt(text, unitEnd, "term.tail") != null) {
            return false;
        }
        String category = Units.category(unit);
        if ("count".equals(category) && !"倍".equals(unit)) {
            return (r.value() >= 10 || r.approx()) && NumberWords.startingAt(text, unitEnd, "count.name") == null;
        }
        if ("time".equals(category)) {
            return r.value() != 1;
        }
        return true;
    }

    static boolean isRangeDash(char c) {
        return c == '-' || c == '—' || c == '–' || c == '~' || c == '～' || c == '至' || c == '－';
    }

    /** PM2.5, 5G, No.3, 第3, 1+3+4, and anything inside a book title 《…》. */
    private static boolean insideName(String text, int from, int start, int end) {
        char before = start > from ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (isLatin(before) || before == '.' || before == '第' || before == '+' || before == '＋' || before == '·') {
            return true;
        }
        if (isLatin(after) || after == '+' || after == '＋' || after == ':' || after == '：' || after == '/' || after == '.') {
            return true;
        }
        int open = text.lastIndexOf('《', start);
        return open >= from && text.indexOf('》', open) > start && text.lastIndexOf('》', start) < open;
    }

    /** A number inside a short quoted name: an opening quote at most 2 characters before, the closing one within 8. */
    static boolean inShortQuote(String text, int from, int start) {
        int open = -1;
        for (int k = start - 1; k >= Math.max(from, start - 3); k--) {
            char c = text.charAt(k);
            if (c == '“') {
                open = k;
                break;
            }
            if (SentenceSplitter.isClauseBreak(c) || c == '”') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = start; k < Math.min(text.length(), open + 10); k++) {
            if (text.charAt(k) == '”') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    /** The clause ends at {@code at}, after an optional qualifier (以上, 左右). */
    private static boolean clauseEnds(String text, int at, int to) {
        for (String list : new String[] {"comparator.suffix.at_least", "comparator.suffix.at_most", "comparator.suffix.approx"}) {
            String s = Lexicon.startingAt(text, at, list);
            if (s != null && s.length() > 1) {
                at += s.length();
                break;
            }
        }
        if (at >= to) {
            return true;
        }
        char c = text.charAt(at);
        return SentenceSplitter.isClauseBreak(c) || "）)”’、".indexOf(c) >= 0;
    }

    /**
     * Units that make a number a date, an age, a duration, a size class or an ordinal of meetings: 2025年,
     * 三年行动, 3岁以下婴幼儿 (an age is a figure only where it closes the clause: 人均预期寿命达到82.58岁),
     * 25兆瓦级风电轴承, 第十二次代表大会.
     */
    private static boolean excludedUnit(String text, int unitEnd, String unit, int to) {
        String next2 = text.substring(Math.min(unitEnd, text.length()), Math.min(unitEnd + 3, text.length()));
        if (next2.startsWith("级")) {
            return true;
        }
        switch (unit) {
            case "岁":
                return !clauseEnds(text, unitEnd, to);
            case "列":
                return next2.startsWith("入") || next2.startsWith("为") || next2.startsWith("出") || next2.startsWith("表");
            case "发":
                return !next2.isEmpty() && "展布放行明生出挥起力表现动扬".indexOf(next2.charAt(0)) >= 0;
            case "年":
                return true; // years, 三年行动, durations (连续5年, 5年来, 历时12年)
            case "个":
                return next2.startsWith("月") || next2.startsWith("工作日");
            case "次":
                return next2.startsWith("会") || next2.startsWith("全") || next2.startsWith("代表") || next2.startsWith("党代");
            case "位":
                return next2.startsWith("数");
            case "天":
                return next2.startsWith("内") || next2.startsWith("以内");
            default:
                return false;
        }
    }
}
