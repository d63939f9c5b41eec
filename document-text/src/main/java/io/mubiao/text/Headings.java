package io.mubiao.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading rules, one line at a time: numbered markers (一、 （一） 第三章 第二节 专栏18 1.), year headings
 * (2024年工作回顾, 2025工作安排) and a numbered paragraph whose first sentence is its title ((四)乡村振兴升级加力。
 * 新建…), which is an inline heading. A long numbered paragraph is not a heading. {@link SectionFinder} adds the rules
 * that need the lines around (a bare number as the next of its series).
 */
public final class Headings {
    private static final String CN = "[一二三四五六七八九十百零〇]+";
    private static final Pattern[] LEVEL1 = {
            Pattern.compile("^(" + CN + "[、．.])\\s*"),
            Pattern.compile("^(第(?:" + CN + "|\\d{1,3})[章篇部分编])\\s*"),
    };
    private static final Pattern YEAR_HEADING = Pattern.compile("^(?:19|20)\\d\\d年?(?:工作)?(?:回顾|安排|计划|目标|展望|重点)$");
    private static final Pattern[] LEVEL2 = {
            Pattern.compile("^([（(]" + CN + "[）)])\\s*"),
            Pattern.compile("^(第(?:" + CN + "|\\d{1,3})节)\\s*"),
    };
    private static final Pattern[] LEVEL3 = {
            Pattern.compile("^(专栏\\s*\\d{1,3})\\s*"),
            Pattern.compile("^(\\d{1,2}[、．.])(?=[^\\d%％])\\s*"),
            Pattern.compile("^([（(]\\d{1,2}[）)])\\s*"),
            Pattern.compile("^(■)\\s*"),
    };
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,2})(?=\\p{IsHan})");
    static final int MAX_HEADING = 60;
    static final int MAX_INLINE_HEADING = 40;

    private Headings() {
    }

    /** The numbered or year heading {@code line} is, or null for a paragraph. Leading spaces are skipped. */
    public static Heading parse(String line) {
        int lead = leadingSpaces(line);
        String t = line.substring(lead).stripTrailing();
        Heading h = numbered(t, LEVEL1, 1);
        if (h == null && t.length() <= 30 && YEAR_HEADING.matcher(t).matches()) {
            h = new Heading(1, null, t, t.length());
        }
        if (h == null) {
            h = numbered(t, LEVEL2, 2);
        }
        if (h == null) {
            h = numbered(t, LEVEL3, 3);
        }
        return h == null ? null : new Heading(h.level(), h.label(), h.title(), lead + h.bodyAt());
    }

    /**
     * "1高质量发展迈出坚实步伐": a number written against the title, on a short line without punctuation; it is a
     * heading only as the next of its series (the caller knows the last), else null.
     *
     * @param last the number of the last such heading since an outer heading, 0 when none
     */
    public static Heading bareNumber(String line, int last) {
        String t = line.strip();
        Matcher m = BARE_NUMBER.matcher(t);
        if (!m.find() || t.length() > 30 || hasSentencePunctuation(t)) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return n == 1 || n == last + 1 ? new Heading(3, m.group(1), t.substring(m.end()).strip(), line.length()) : null;
    }

    private static Heading numbered(String t, Pattern[] patterns, int level) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(t);
            if (!m.find()) {
                continue;
            }
            String label = m.group(1).replaceAll("\\s+", "");
            int restAt = m.end() + leadingSpaces(t.substring(m.end())); // 第一节　总体要求: an ideographic space too
            String rest = t.substring(restAt);
            int stop = rest.indexOf('。');
            if (stop >= 0 && stop < rest.length() - 1) {
                // inline heading: the title ends at the first full stop and the paragraph follows
                return stop > 0 && stop <= MAX_INLINE_HEADING ? new Heading(level, label, rest.substring(0, stop), restAt + stop + 1) : null;
            }
            String title = rest.endsWith("。") ? rest.substring(0, rest.length() - 1) : rest;
            if (title.isEmpty() || title.length() > MAX_HEADING) {
                return null;
            }
            return new Heading(level, label, title, t.length());
        }
        return null;
    }

    private static int leadingSpaces(String line) {
        int lead = 0;
        while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
            lead++;
        }
        return lead;
    }

    static boolean hasSentencePunctuation(String t) {
        for (int i = 0; i < t.length(); i++) {
            if ("。，,；;！？：:".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
