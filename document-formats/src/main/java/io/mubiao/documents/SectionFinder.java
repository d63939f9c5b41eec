package io.mubiao.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section tree from numbered headings (一、 （一） 第X章 第X节 专栏N 1.) and year headings (2024年工作回顾,
 * 2025工作安排), as a flat list in document order. A numbered paragraph whose first sentence is its title
 * ((一)建设生态屏障。重点实施…) is a heading too; a long numbered paragraph is not.
 */
final class SectionFinder {
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
    };
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,2})(?=\\p{IsHan})");
    private static final int MAX_HEADING = 60;
    private static final int MAX_INLINE_HEADING = 40;

    private SectionFinder() {
    }

    private record Found(int level, String label, String heading, int start) {
    }

    static List<Section> find(CleanText clean) {
        List<Found> found = new ArrayList<>();
        int lastBare = 0;
        for (int i = 0; i < clean.lines().size(); i++) {
            String line = clean.line(i);
            int start = clean.lines().get(i)[0];
            Found f = numbered(line, start, LEVEL1, 1);
            if (f == null && line.length() <= 30 && YEAR_HEADING.matcher(line).matches()) {
                f = new Found(1, null, line, start);
            }
            if (f == null) {
                f = numbered(line, start, LEVEL2, 2);
            }
            if (f == null) {
                f = numbered(line, start, LEVEL3, 3);
            }
            if (f == null) {
                // "1高质量发展迈出坚实步伐": a bare number is a heading only as the next in its series, on a short line
                Matcher m = BARE_NUMBER.matcher(line);
                if (m.find() && line.length() <= 30 && !hasPunctuation(line)) {
                    int n = Integer.parseInt(m.group(1));
                    if (n == 1 || n == lastBare + 1) {
                        lastBare = n;
                        f = new Found(3, m.group(1), line.substring(m.end()).strip(), start);
                    }
                }
            }
            if (f != null) {
                if (f.level() < 3) {
                    lastBare = 0;
                }
                found.add(f);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int end = clean.text().length();
            for (int j = i + 1; j < found.size(); j++) {
                if (found.get(j).level() <= f.level()) {
                    end = found.get(j).start();
                    break;
                }
            }
            sections.add(new Section(f.level(), f.label(), f.heading(), f.start(), end));
        }
        return sections;
    }

    private static Found numbered(String line, int start, Pattern[] patterns, int level) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(line);
            if (!m.find()) {
                continue;
            }
            String label = m.group(1).replaceAll("\\s+", "");
            String rest = line.substring(m.end()).strip();
            int stop = rest.indexOf('。');
            if (stop >= 0 && stop < rest.length() - 1) {
                // inline heading: the title ends at the first full stop and the paragraph follows
                return stop > 0 && stop <= MAX_INLINE_HEADING ? new Found(level, label, rest.substring(0, stop), start) : null;
            }
            String heading = rest.endsWith("。") ? rest.substring(0, rest.length() - 1) : rest;
            if (heading.isEmpty() || heading.length() > MAX_HEADING) {
                return null;
            }
            return new Found(level, label, heading, start);
        }
        return null;
    }

    private static boolean hasPunctuation(String t) {
        return t.matches(".*[。，,；;！？：:].*");
    }
}
