package io.mubiao.documents;

import io.mubiao.text.Section;
import io.mubiao.text.BoilerplateRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title and where it came from. In order: the upload's field; the page's own title (HTML); the first
 * title-like line at the top of the text (short, no full stop inside, not a heading, dateline, delivery line,
 * speaker or salutation), looking no further than the first paragraph of prose; a file name that reads like a
 * title; the subject the first sentence announces (…组织实施十项行动。); and, for genres whose documents are titled
 * by their genre (政府工作报告), the genre.
 */
final class TitleFinder {
    static final int MAX_TITLE = 200;
    private static final int HEAD_LINES = 8;
    private static final Pattern DELIVERY = Pattern.compile("^[─—\\-－–]+|(?:19|20)\\d\\d年\\d{1,2}月\\d{1,2}日(?:在|于)");
    static final Pattern SPEAKER = Pattern.compile(
            "^[\\p{IsHan}]{2,20}?(?:市长|省长|区长|县长|州长|主任|书记|部长|局长|厅长|主席|总理|秘书长|发言人|代市长|代省长)[ ·]?[\\p{IsHan}·]{2,4}$");
    private static final Pattern ANNOUNCED = Pattern.compile(
            "(?:组织实施|实施|制定|出台|印发|发布)([^，。,；、]{2,20}?(?:行动|规划|纲要|方案|计划|意见|办法|措施|条例|工程))。");
    private static final Pattern HEXISH = Pattern.compile("(?i)^[\\d_\\-]*[0-9a-f]{8,}[\\d_\\-]*$");
    /** Genres whose documents carry the genre as their title. */
    private static final Set<String> TITLED_BY_GENRE = Set.of("政府工作报告");

    private TitleFinder() {
    }

    /** The title-like lines at the top: those before the first paragraph of prose, in order, with their ranges. */
    record Head(List<String> lines, List<int[]> ranges) {
    }

    static Head head(CleanText clean, List<Section> sections) {
        List<String> lines = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < Math.min(HEAD_LINES, clean.lines().size()); i++) {
            String l = clean.line(i);
            if (isProse(l)) {
                break;
            }
            int start = clean.lines().get(i)[0];
            if (sections.stream().anyMatch(s -> s.start() == start)) {
                continue;
            }
            lines.add(l);
            ranges.add(clean.lines().get(i));
        }
        return new Head(lines, ranges);
    }

    static Found<String> find(CleanText clean, Head head, String htmlTitle, UploadFields fields) {
        if (fields.title() != null && !fields.title().isBlank()) {
            return new Found<>(cut(fields.title().strip()), "upload");
        }
        if (htmlTitle != null && !htmlTitle.isBlank()) {
            return new Found<>(cut(htmlTitle.strip()), "html-title");
        }
        for (int i = 0; i < head.lines().size(); i++) {
            String l = head.lines().get(i);
            if (l.length() >= 5 && !DELIVERY.matcher(l).find() && !SPEAKER.matcher(l).matches()
                    && !BoilerplateRules.DATELINE.matcher(l).find() && !l.endsWith("：") && !l.endsWith(":")) {
                int s = head.ranges().get(i)[0];
                String t = cut(l);
                return Found.inText(t, s, s + t.length());
            }
        }
        if (fields.fileName() != null) {
            String name = fields.fileName().replaceAll("^.*[/\\\\]", "").replaceAll("\\.[A-Za-z0-9]{1,5}$", "").strip();
            long han = name.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
            if (han >= 4 && !HEXISH.matcher(name).matches()) {
                return new Found<>(cut(name), "file-name");
            }
        }
        String text = clean.text();
        int stop = text.indexOf('。');
        if (stop > 0 && stop < 400) {
            Matcher m = ANNOUNCED.matcher(text.substring(0, stop + 1));
            while (m.find()) {
                if (m.end() == stop + 1) { // the announcement closes the first sentence
                    return Found.inText(m.group(1), m.start(1), m.end(1));
                }
            }
        }
        return null;
    }

    /** The title of last resort: the genre, for genres that title their documents. */
    static Found<String> fromGenre(Found<String> genre) {
        return genre != null && TITLED_BY_GENRE.contains(genre.value()) ? genre : null;
    }

    private static boolean isProse(String l) {
        int stop = l.indexOf('。');
        // a full stop inside, or a sentence's ending punctuation at the end: titles carry neither
        return l.length() > 80 || stop >= 0 && stop < l.length() - 1 || l.matches(".*[，,].*[。！？]$");
    }

    private static String cut(String t) {
        return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) : t;
    }
}
