package io.mubiao.extract.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of one sentence: Arabic numbers with a unit, Chinese numerals where they carry
 * a magnitude or a fixed reading (千亿元, 七成, 两位数, 三分之一, 翻番), ranks (位居全国第三) and
 * runs of years (连续三年). Leaves out what only looks like a figure: dates, ordinals, numbers
 * inside names (PM2.5, 5G, 地铁4号线, 《…》) and bare numbers without a unit.
 */
public final class MentionScanner {
    private static final String CN = "零〇一二两三四五六七八九十百千";
    private static final String NUM = "[" + CN + "0-9０-９]+";

    private static final Pattern RANK = Pattern.compile(
            "(?:位居|稳居|跻身|跃升|跃居|排名|排|位列|名列|居|进入|保持)(?:全国|全球|世界|国内|全省|全市|亚洲|北方)[^，。；、,;]{0,4}?"
                    + "(?:(第|前)(" + NUM + ")(位|名)?|(首位|第一位|第一))");
    private static final Pattern RUN_OF_YEARS = Pattern.compile("连续(" + NUM + ")年");
    private static final Pattern DIGITS_CLASS = Pattern.compile("([两三])位数");
    private static final Pattern TENTHS = Pattern.compile("(?<![" + CN + "])([一二三四五六七八九])成(?![为立功果员本绩熟效就都交型])");
    private static final Pattern FRACTION = Pattern.compile("([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)");
    private static final Pattern HALF = Pattern.compile("(?<![" + CN + "个])半(小时|天)");
    private static final Pattern DOUBLING = Pattern.compile("翻(一|两|二)?番");
    private static final Pattern FLAT_OR_UP = Pattern.compile("持平略增|持平略升");
    private static final Pattern CN_MAGNITUDE = Pattern.compile(
            "(?<![" + CN + "万亿])([一二两三四五六七八九十百千]+)(万亿|亿|万)(元|美元|吨|斤|亩|标准箱|千瓦|人次|级)");

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
        arabic(text, from, to, out, taken);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void special(CharSequence region, int off, List<Mention> out, boolean[] taken) {
        Matcher m = RANK.matcher(has(region, "全国", "全球", "世界", "国内", "全省", "全市", "亚洲", "北方") ? region : "");
        while (m.find()) {
            if (m.group(4) != null) {
                int s = m.start();
                add(out, taken, off, s, m.end(), new Mention(off + s, off + m.end(), off + m.end(), 1, null, "位", null, "amount", 0));
            } else {
                Double v = NumberParser.parse(m.group(2));
                if (v == null) {
                    continue;
                }
                boolean top = "前".equals(m.group(1));
                String unit = m.group(3) != null ? m.group(3) : top ? "名" : "位";
                int s = m.start();
                add(out, taken, off, s, m.end(), new Mention(off + s, off + m.end(), off + m.end(), v, null, unit,
                        top ? "at_most" : "exact", "amount", 0));
            }
        }
        m = RUN_OF_YEARS.matcher(has(region, "连续") ? region : "");
        while (m.find()) {
            Double v = NumberParser.parse(m.group(1));
            if (v != null && v >= 2 && v < 100) {
                add(out, taken, off, m.start(1), m.end(), new Mention(off + m.start(1), off + m.end(), off + m.end(), v, null, "年",
                        null, "amount", v.intValue()));
            }
        }
        m = DIGITS_CLASS.matcher(has(region, "位数") ? region : "");
        while (m.find()) {
            double v = "两".equals(m.group(1)) ? 10 : 100;
            add(out, taken, off, m.start(), m.end(), new Mention(off + m.start(), off + m.end(), off + m.end(), v, null, "%", "at_least", "rate", 0));
        }
        m = TENTHS.matcher(has(region, "成") ? region : "");
        while (m.find()) {
            Double v = NumberParser.parse(m.group(1));
            add(out, taken, off, m.start(), m.end(), new Mention(off + m.start(), off + m.end(), off + m.end(), v, null, "成", null, null, 0));
        }
        m = FRACTION.matcher(has(region, "分之") ? region : "");
        while (m.find()) {
            Double d = NumberParser.parse(m.group(1));
            Double n = NumberParser.parse(m.group(2));
            if (d != null && n != null && d > 0 && n < d) {
                double v = Math.round(n / d * 10000) / 100.0;
                add(out, taken, off, m.start(), m.end(), new Mention(off + m.start(), off + m.end(), off + m.end(), v, null, "%", null, null, 0));
            }
        }
        int i = indexOf(region, "一半");
        while (i >= 0) {
            add(out, taken, off, i, i + 2, new Mention(off + i, off + i + 2, off + i + 2, 50, null, "%", null, "share", 0));
            i = indexOf(region, "一半", i + 2);
        }
        m = HALF.matcher(has(region, "半") ? region : "");
        while (m.find()) {
            add(out, taken, off, m.start(), m.end(), new Mention(off + m.start(), off + m.end(), off + m.end(), 0.5, null, m.group(1), null, "amount", 0));
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
        m = CN_MAGNITUDE.matcher(has(region, "亿", "万") ? region : "");
        while (m.find()) {
            Double v = NumberParser.parseChinese(m.group(1));
            if (v == null || v == 0) {
                continue;
            }
            int end = m.end();
            String unit = m.group(2) + m.group(3);
            // 千亿级: a size class, the figure is a floor
            String cmp = "级".equals(m.group(3)) ? "at_least" : null;
            add(out, taken, off, m.start(), end, new Mention(off + m.start(), off + end, off + end, v, null, unit, cmp, null, 0));
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

    private static int indexOf(CharSequence s, String w) {
        return indexOf(s, w, 0);
    }

    private static int indexOf(CharSequence s, String w, int from) {
        return s.toString().indexOf(w, from);
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

    private static void arabic(String text, int from, int to, List<Mention> out, boolean[] taken) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!NumberParser.isDigit(c) || taken[i - from]) {
                i++;
                continue;
            }
            int start = i;
            NumberParser.Parsed p = NumberParser.parseArabic(text, i);
            int j = p.end();
            i = Math.max(j, i + 1);
            if (j > to || insideName(text, from, start, j)) {
                continue;
            }
            double value = p.value();
            Double valueMax = null;
            // 4.5%-5%: the first bound may repeat the unit
            int k = j;
            boolean percentFirst = k < to && (text.charAt(k) == '%' || text.charAt(k) == '％');
            if (percentFirst) {
                k++;
            }
            if (k + 1 < to && isRangeDash(text.charAt(k)) && NumberParser.isDigit(text.charAt(k + 1))) {
                NumberParser.Parsed q = NumberParser.parseArabic(text, k + 1);
                if (q.value() > value) {
                    valueMax = q.value();
                    j = q.end();
                    i = j;
                }
            } else if (percentFirst) {
                // plain percentage
            }
            String comparator = null;
            if (j < to && (text.charAt(j) == '余' || text.charAt(j) == '多')) {
                comparator = "at_least";
                j++;
            }
            String magnitude = Units.magnitudeAt(text, j);
            String unit = Units.unitAt(text, j);
            int unitStart = j;
            if (magnitude != null && (unit == null || unit.length() <= magnitude.length())) {
                int u = j + magnitude.length();
                if (u < to && (text.charAt(u) == '余' || text.charAt(u) == '多')) {
                    comparator = "at_least";
                    u++;
                }
                String base = Units.unitAt(text, u);
                if (base == null && PeopleNouns.startsAt(text, u)) {
                    base = "人"; // 30万群众, 20万就业困难人员: people counted without a classifier
                    unit = magnitude + base;
                    j = u;
                } else if (base != null) {
                    unit = magnitude + base;
                    j = u + base.length();
                } else {
                    continue;
                }
            } else if (unit != null) {
                j = unitStart + unit.length();
            } else {
                continue;
            }
            String head = Units.unitHead(Units.baseUnit(unit));
            if (excludedUnit(text, start, j, head, value, to)) {
                continue;
            }
            // a short parenthesised qualifier belongs to the unit: 6万余套（间）
            if (j < to && (text.charAt(j) == '（' || text.charAt(j) == '(')) {
                int close = j + 1;
                while (close < to && close - j <= 3 && text.charAt(close) != '）' && text.charAt(close) != ')') {
                    close++;
                }
                if (close < to && close - j <= 3 && close - j >= 2) {
                    unit = unit + text.substring(j, close + 1);
                    j = close + 1;
                }
            }
            int numberEnd = j;
            String suffix = Lexicon.startingAt(text, j, "comparator.suffix.at_least");
            String suffixComparator = null;
            if (suffix != null && !"多".equals(suffix) && !"余".equals(suffix)) {
                suffixComparator = "at_least";
            } else if ((suffix = Lexicon.startingAt(text, j, "comparator.suffix.at_most")) != null) {
                suffixComparator = "at_most";
            } else if ((suffix = Lexicon.startingAt(text, j, "comparator.suffix.approx")) != null) {
                suffixComparator = "approx";
            } else {
                suffix = null;
            }
            int end = j;
            if (suffixComparator != null && j + suffix.length() <= to) {
                end = j + suffix.length();
                comparator = suffixComparator;
            }
            for (int t = start; t < end && t - from < taken.length; t++) {
                taken[t - from] = true;
            }
            out.add(new Mention(start, end, numberEnd, value, valueMax, unit, comparator, null, 0));
            i = end;
        }
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

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    /** Units that make a number a date, an age, a duration in a name or an ordinal of meetings. */
    private static boolean excludedUnit(String text, int start, int unitEnd, String unit, double value, int to) {
        String next2 = text.substring(Math.min(unitEnd, text.length()), Math.min(unitEnd + 3, text.length()));
        switch (unit) {
            case "年":
                return true; // years and 三年行动; runs of years are read by RUN_OF_YEARS
            case "个":
                return next2.startsWith("月") || next2.startsWith("工作日");
            case "次":
                return next2.startsWith("会") || next2.startsWith("全会") || next2.startsWith("代表");
            case "位":
                return next2.startsWith("数");
            case "天":
                return next2.startsWith("内") || next2.startsWith("以内");
            case "小时":
            case "分钟":
                return false;
            default:
                return false;
        }
    }
}
