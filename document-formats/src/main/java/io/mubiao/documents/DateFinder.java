package io.mubiao.documents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own date (delivery or publication) and where it came from. In order: the upload's field; the
 * date a speech was delivered (──2023年1月11日在…会议上); a web dateline (2021-02-10 09:53来源:, 发布时间：…); a
 * date in a URL the page carried or the upload names as its source; a date in the file name; a full date near
 * the top; and failing those the year of a work-plan heading (2025年工作安排, or the year after a 2024年工作回顾).
 * An inferred year is dated 1 January.
 */
final class DateFinder {
    static final Pattern SPEECH = Pattern.compile("((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日(?:在|于)");
    static final Pattern DATELINE = Pattern.compile(
            "((?:19|20)\\d\\d)[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?\\s*\\d{1,2}[:：]\\d{2}"
                    + "|(?:发布时间|发布日期|发文日期|成文日期|时间|日期)\\s*[:：]\\s*((?:19|20)\\d\\d)[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)-?(\\d{2})/(\\d{2})/|/t?((?:19|20)\\d\\d)(\\d{2})(\\d{2})[/_]|/((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})/");
    private static final Pattern FILE_NAME_DATE = Pattern.compile("((?:19|20)\\d\\d)[-_.年]?(\\d{2})[-_.月]?(\\d{2})");
    private static final Pattern PLAIN = Pattern.compile("((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern PLAN_HEADING = Pattern.compile("^((?:19|20)\\d\\d)年?(?:工作)?(安排|计划|目标|回顾|重点)");
    private static final Pattern UPLOAD = Pattern.compile("((?:19|20)\\d\\d)(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private DateFinder() {
    }

    static Found<LocalDate> find(CleanText clean, List<Section> sections, UploadFields fields) {
        if (fields.date() != null && !fields.date().isBlank()) {
            return new Found<>(upload(fields.date().strip()), "upload");
        }
        String text = clean.text();
        String head = text.substring(0, Math.min(text.length(), 4000));
        // each pattern only after a cheap test every text it matches passes: most texts have neither
        Found<LocalDate> d = head.contains("日在") || head.contains("日于") ? first(SPEECH, head, 1) : null;
        if (d == null && hasColonBeforeDigit(head)) {
            d = first(DATELINE, head, 1);
        }
        if (d == null) {
            for (RemovedText r : clean.removed()) {
                d = fromUrls(r.text());
                if (d != null) {
                    break;
                }
            }
        }
        if (d == null && fields.source() != null) {
            d = fromUrls(fields.source());
        }
        if (d == null && fields.fileName() != null) {
            Matcher m = FILE_NAME_DATE.matcher(fields.fileName());
            while (d == null && m.find()) {
                LocalDate date = date(m.group(1), m.group(2), m.group(3));
                d = date == null ? null : new Found<>(date, "file-name");
            }
        }
        if (d == null) {
            d = first(PLAIN, text.substring(0, Math.min(text.length(), 600)), 1);
        }
        if (d == null) {
            for (Section s : sections) {
                Matcher m = PLAN_HEADING.matcher(s.heading());
                if (s.label() == null && m.find()) {
                    int y = Integer.parseInt(m.group(1));
                    int year = "回顾".equals(m.group(2)) ? y + 1 : y;
                    if (d == null || year > d.value().getYear()) {
                        d = Found.inText(LocalDate.of(year, 1, 1), s.start(), s.start() + s.heading().length());
                    }
                }
            }
        }
        return d;
    }

    private static Found<LocalDate> fromUrls(String s) {
        Matcher u = URL.matcher(s);
        while (u.find()) {
            Matcher m = URL_DATE.matcher(u.group());
            if (m.find()) {
                int g = m.group(1) != null ? 1 : m.group(4) != null ? 4 : 7;
                LocalDate date = date(m.group(g), m.group(g + 1), m.group(g + 2));
                if (date != null) {
                    return new Found<>(date, "url");
                }
            }
        }
        return null;
    }

    /**
     * True when a colon is followed, maybe after \s spaces, by an ASCII digit: both forms of DATELINE hold one
     * (09:53, 发布时间：2021).
     */
    static boolean hasColonBeforeDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ':' || c == '：') && digitAfterSpaces(s, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digitAfterSpaces(String s, int i) {
        while (i < s.length() && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** The first valid date of {@code p} in {@code s}: groups 1-3, or 4-6 for a pattern with an alternative. */
    private static Found<LocalDate> first(Pattern p, String s, int group) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int g = m.group(group) != null ? group : group + 3;
            LocalDate date = date(m.group(g), m.group(g + 1), m.group(g + 2));
            if (date != null) {
                return Found.inText(date, m.start(), m.end());
            }
        }
        return null;
    }

    private static LocalDate upload(String s) {
        Matcher m = UPLOAD.matcher(s);
        LocalDate d = null;
        if (m.matches()) {
            d = date(m.group(1), m.group(2) == null ? "1" : m.group(2), m.group(3) == null ? "1" : m.group(3));
        }
        if (d == null) {
            throw RejectedDocument.badRequest("'date' must be a date such as 2023-01-11, 2023-01 or 2023; got '" + s + "'.");
        }
        return d;
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
