package io.mubiao.extract.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own date, read from its text when the caller does not know it: the date of a
 * speech (──2023年1月11日在…会议上), a web dateline (2021-02-10 09:53来源:), a date in a URL
 * (/2023-06/02/), and failing those the year of the work plan the document sets out (2025工作安排).
 */
public final class DocumentDates {
    private static final Pattern SPEECH = Pattern.compile("((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日(?:在|于)");
    private static final Pattern DATELINE = Pattern.compile("((?:19|20)\\d\\d)[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?\\s*\\d{1,2}:\\d{2}");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)-?(\\d{2})/(\\d{2})/|/t?((?:19|20)\\d\\d)(\\d{2})(\\d{2})[/_]");
    private static final Pattern PLAIN = Pattern.compile("((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern PLAN_HEADING = Pattern.compile("(?m)^\\s*((?:19|20)\\d\\d)年?(?:工作)?(安排|计划|目标|回顾)");
    private static final Pattern YEAR_PLAN = Pattern.compile("((?:19|20)\\d\\d)年(?:全市|全省|全区|全国)?(?:经济社会发展|国民经济和社会发展)?的?主要预期目标");

    private DocumentDates() {
    }

    /** The document's date, or null. Only the year matters to the pipeline, so an inferred date is 1 January. */
    public static LocalDate detect(String text) {
        String head = text.length() > 4000 ? text.substring(0, 4000) : text;
        LocalDate d = first(SPEECH, head);
        if (d == null) {
            d = first(DATELINE, head);
        }
        if (d == null) {
            Matcher m = URL_DATE.matcher(head);
            if (m.find()) {
                d = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3)) : date(m.group(4), m.group(5), m.group(6));
            }
        }
        if (d == null) {
            d = first(PLAIN, text.length() > 600 ? text.substring(0, 600) : text);
        }
        if (d == null) {
            Matcher m = PLAN_HEADING.matcher(text);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                int year = "回顾".equals(m.group(2)) ? y + 1 : y;
                if (d == null || year > d.getYear()) {
                    d = LocalDate.of(year, 1, 1);
                }
            }
        }
        if (d == null) {
            Matcher m = YEAR_PLAN.matcher(text);
            if (m.find()) {
                d = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            }
        }
        return d;
    }

    private static LocalDate first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
