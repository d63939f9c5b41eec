package io.mubiao.documents;

/**
 * What the uploader says about the document; each given field overrides what is found in the file.
 *
 * @param title    title
 * @param date     the document's date: {@code 2023-01-11}, {@code 2023-01} or {@code 2023}
 * @param genre    e.g. 政府工作报告
 * @param issuer   issuing body or speaker
 * @param source   where it comes from (a URL or a note); a date in a URL is used when the file has none
 * @param fileName the original file name; used for the format when the type is application/octet-stream, and as a
 *                 title or date of last resort
 * @param region   the area the document speaks for (天津, 天津市, 津, 全国, 深圳市); normalized by {@link io.mubiao.contracts.regions.Regions}
 */
public record UploadFields(String title, String date, String genre, String issuer, String source, String fileName,
                           String region) {
    public static final UploadFields NONE = new UploadFields(null, null, null, null, null, null, null);

    /** The fields of the first version, before the region. */
    public UploadFields(String title, String date, String genre, String issuer, String source, String fileName) {
        this(title, date, genre, issuer, source, fileName, null);
    }

    public static UploadFields fileName(String fileName) {
        return new UploadFields(null, null, null, null, null, fileName, null);
    }

    /**
     * Each field given here (not blank), else {@code fallback}'s: a multipart request's form fields win over its
     * query parameters.
     */
    public UploadFields orElse(UploadFields fallback) {
        return new UploadFields(either(title, fallback.title), either(date, fallback.date), either(genre, fallback.genre),
                either(issuer, fallback.issuer), either(source, fallback.source), either(fileName, fallback.fileName),
                either(region, fallback.region));
    }

    private static String either(String preferred, String other) {
        return preferred != null && !preferred.isBlank() ? preferred : other;
    }

    public UploadFields withFileName(String name) {
        return new UploadFields(title, date, genre, issuer, source, name, region);
    }
}
