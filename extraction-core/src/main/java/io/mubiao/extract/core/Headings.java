package io.mubiao.extract.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes section headings: numbered markers (一、 （一） 第三节 专栏18 1…), year headings
 * (2025工作安排) and short lines without sentence punctuation. A numbered paragraph whose first
 * sentence is its title ((四)乡村振兴升级加力。新建…) is an inline heading.
 */
public final class Headings {
    private static final Pattern LEVEL1 = Pattern.compile("^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章篇部分]|(?:19|20)\\d\\d年?(?:工作)?(?:回顾|安排|计划|目标|展望))");
    private static final Pattern LEVEL2 = Pattern.compile("^(?:[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+节)");
    private static final Pattern LEVEL3 = Pattern.compile("^(?:\\d{1,2}[.、．]?(?=[\\u4e00-\\u9fff])|专栏\\s*\\d+|■|[（(]\\d{1,2}[）)])");

    private Headings() {
    }

    /** The heading a line starts with, or null for a plain paragraph. */
    public static Heading parse(String text, int lineStart, int lineEnd) {
        String line = text.substring(lineStart, lineEnd);
        int lead = 0;
        while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
            lead++;
        }
        String t = line.substring(lead).stripTrailing();
        if (t.isEmpty()) {
            return null;
        }
        int level = 0;
        Matcher m;
        if ((m = LEVEL1.matcher(t)).find()) {
            level = 1;
        } else if ((m = LEVEL2.matcher(t)).find()) {
            level = 2;
        } else if (LEVEL3.matcher(t).find() && !startsWithFigure(t)) {
            level = 3;
        }
        int stop = t.indexOf('。');
        if (level > 0) {
            if (stop >= 0 && stop < t.length() - 1) {
                // inline heading: the title ends at the first full stop, the paragraph follows
                return new Heading(level, t.substring(0, stop), lineStart + lead + stop + 1);
            }
            if (t.length() <= 60) {
                return new Heading(level, t.endsWith("。") ? t.substring(0, t.length() - 1) : t, lineEnd);
            }
            return null;
        }
        if (t.length() <= 26 && !hasSentencePunctuation(t)) {
            return new Heading(2, t, lineEnd);
        }
        return null;
    }

    /** "20项民心工程全面完成" starts with a figure, not with a heading number. */
    private static boolean startsWithFigure(String t) {
        int i = 0;
        while (i < t.length() && NumberParser.isDigit(t.charAt(i))) {
            i++;
        }
        return i > 0 && i < t.length() && Units.unitAt(t, i) != null || i > 0 && i < t.length() && Units.magnitudeAt(t, i) != null;
    }

    private static boolean hasSentencePunctuation(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '，' || c == '；' || c == '！' || c == '？' || c == '：' || c == ':' || c == ';') {
                return true;
            }
        }
        return false;
    }
}
