package io.mubiao.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own date, from the evidence in its text: the date a speech was delivered (──2023年1月11日在…会议上),
 * a web dateline (2021-02-10 09:53来源:, 发布时间：2021年2月10日), a date in a URL (/2023-06/02/, /t20230602_),
 * a full date near the top, and failing those the year of the work plan the document sets out (2025年工作安排, the
 * year after a 2024年工作回顾; 2025年主要预期目标). Only the year matters downstream, so an inferred year is dated
 * 1 January. document-formats adds the evidence outside the text (the upload's field, its file name).
 */
public final class DocumentDates {
    /** A date found in a string, {@code [start, end)}. */
    public record Dated(LocalDate date, int start, int end) {
    }

    static final Pattern SPEECH = Pattern.compile("((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日(?:在|于)");
    static final Pattern DATELINE = Pattern.compile(
            "((?:19|20)\\d\\d)[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?\\s*\\d{1,2}[:：]\\d{2}"
                    + "|(?:发布时间|发布日期|发文日期|成文日期|时间|日期)\\s*[:：]\\s*((?:19|20)\\d\\d)[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)-?(\\d{2})/(\\d{2})/|/t?((?:19|20)\\d\\d)(\\d{2})(\\d{2})[/_]|/((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})/");
    private static final Pattern PLAIN = Pattern.compile("((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern PLAN_HEADING = Pattern.compile("^((?:19|20)\\d\\d)年?(?:工作)?(安排|计划|目标|回顾|重点)");
    private static final Pattern YEAR_PLAN = Pattern.compile(
            "((?:19|20)\\d\\d)年(?:全市|全省|全区|全国)?(?:经济社会发展|国民经济和社会发展)?的?主要预期目标");
    /** How far from the top a speech date or a dateline is looked for, and a plain date. */
    public static final int HEAD = 4000;
    public static final int TOP = 600;

    private DocumentDates() {
    }

    /** The date of {@code text} from the text alone, or null. */
    public static LocalDate detect(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        Dated d = speech(head);
        d = d != null ? d : dateline(head);
        LocalDate date = d != null ? d.date() : inUrls(head);
        if (date == null) {
            d = plain(text.substring(0, Math.min(text.length(), TOP)));
            date = d == null ? null : d.date();
        }
        if (date == null) {
            Integer year = null;
            for (String line : text.split("\n")) {
                Integer y = planYear(line.strip());
                year = y != null && (year == null || y > year) ? y : year;
            }
            date = year == null ? null : LocalDate.of(year, 1, 1);
        }
        if (date == null) {
            Matcher m = YEAR_PLAN.matcher(text);
            date = m.find() ? LocalDate.of(Integer.parseInt(m.group(1)), 1, 1) : null;
        }
        return date;
    }

    /** 2023年1月11日在…: the day a speech was delivered. A cheap test first: most texts hold neither 日在 nor 日于. */
    public static Dated speech(String s) {
        return s.contains("日在") || s.contains("日于") ? first(SPEECH, s) : null;
    }

    /** 2021-02-10 09:53, 发布时间：2021年2月10日: a web page's dateline. */
    public static Dated dateline(String s) {
        return hasColonBeforeDigit(s) ? first(DATELINE, s) : null;
    }

    /** 2023年1月11日 anywhere in {@code s}. */
    public static Dated plain(String s) {
        return first(PLAIN, s);
    }

    /** The date in the first URL of {@code s} that carries one (/2023-06/02/, /t20230602_, /2023-06-02/), or null. */
    public static LocalDate inUrls(String s) {
        Matcher u = URL.matcher(s);
        while (u.find()) {
            Matcher m = URL_DATE.matcher(u.group());
            if (m.find()) {
                int g = m.group(1) != null ? 1 : m.group(4) != null ? 4 : 7;
                LocalDate date = date(m.group(g), m.group(g + 1), m.group(g + 2));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** The year of a work-plan heading: 2025年工作安排 → 2025, 2024年工作回顾 → 2025 (the plan follows it); else null. */
    public static Integer planYear(String heading) {
        Matcher m = PLAN_HEADING.matcher(heading);
        if (!m.find()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        return "回顾".equals(m.group(2)) ? y + 1 : y;
    }

    /** The date of year, month and day as written, or null when there is none such (2023年2月30日). */
    public static LocalDate date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The first valid date of {@code p} in {@code s}: groups 1-3, or 4-6 for a pattern with an alternative. */
    private static Dated first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 4;
            LocalDate date = date(m.group(g), m.group(g + 1), m.group(g + 2));
            if (date != null) {
                return new Dated(date, m.start(), m.end());
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
}
