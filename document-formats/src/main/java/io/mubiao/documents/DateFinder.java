package io.mubiao.documents;

import io.mubiao.text.DocumentDates;
import io.mubiao.text.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own date (delivery or publication) and where it came from. In order: the upload's field; the
 * date a speech was delivered; a web dateline; a date in a URL the page carried or the upload names as its source;
 * a date in the file name; a full date near the top; and failing those the year of a work-plan heading. The rules
 * on the text are {@link DocumentDates}'; this class adds the evidence of the upload.
 */
final class DateFinder {
    private static final Pattern FILE_NAME_DATE = Pattern.compile("((?:19|20)\\d\\d)[-_.年]?(\\d{2})[-_.月]?(\\d{2})");
    private static final Pattern UPLOAD = Pattern.compile("((?:19|20)\\d\\d)(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private DateFinder() {
    }

    static Found<LocalDate> find(CleanText clean, List<Section> sections, UploadFields fields) {
        if (fields.date() != null && !fields.date().isBlank()) {
            return new Found<>(upload(fields.date().strip()), "upload");
        }
        String text = clean.text();
        String head = text.substring(0, Math.min(text.length(), DocumentDates.HEAD));
        DocumentDates.Dated d = DocumentDates.speech(head);
        if (d == null) {
            d = DocumentDates.dateline(head);
        }
        if (d != null) {
            return Found.inText(d.date(), d.start(), d.end());
        }
        for (RemovedText r : clean.removed()) {
            LocalDate u = DocumentDates.inUrls(r.text());
            if (u != null) {
                return new Found<>(u, "url");
            }
        }
        LocalDate u = fields.source() == null ? null : DocumentDates.inUrls(fields.source());
        if (u != null) {
            return new Found<>(u, "url");
        }
        if (fields.fileName() != null) {
            Matcher m = FILE_NAME_DATE.matcher(fields.fileName());
            while (m.find()) {
                LocalDate date = DocumentDates.date(m.group(1), m.group(2), m.group(3));
                if (date != null) {
                    return new Found<>(date, "file-name");
                }
            }
        }
        d = DocumentDates.plain(text.substring(0, Math.min(text.length(), DocumentDates.TOP)));
        return d != null ? Found.inText(d.date(), d.start(), d.end()) : planYear(sections);
    }

    /** The latest year of a work-plan heading without numbering (2025年工作安排), or null. */
    private static Found<LocalDate> planYear(List<Section> sections) {
        Found<LocalDate> d = null;
        for (Section s : sections) {
            Integer year = s.label() == null ? DocumentDates.planYear(s.heading()) : null;
            if (year != null && (d == null || year > d.value().getYear())) {
                d = Found.inText(LocalDate.of(year, 1, 1), s.start(), s.start() + s.heading().length());
            }
        }
        return d;
    }

    private static LocalDate upload(String s) {
        Matcher m = UPLOAD.matcher(s);
        LocalDate d = null;
        if (m.matches()) {
            d = DocumentDates.date(m.group(1), m.group(2) == null ? "1" : m.group(2), m.group(3) == null ? "1" : m.group(3));
        }
        if (d == null) {
            throw RejectedDocument.badRequest("'date' must be a date such as 2023-01-11, 2023-01 or 2023; got '" + s + "'.");
        }
        return d;
    }
}
