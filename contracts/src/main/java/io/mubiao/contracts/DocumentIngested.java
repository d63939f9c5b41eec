package io.mubiao.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code mubiao.document.ingested.v1} on {@link Topics#DOCUMENTS_INGESTED}: a document accepted by
 * ingest-service, with its normalized text and metadata.
 *
 * @param documentId      prefix-free hex id derived from the original bytes
 * @param text            normalized text (Unicode NFC, unified line breaks, boilerplate cut out); every offset
 *                        in the events (sections, targets, entities) refers to it
 * @param date            the document's own date (delivery or publication) when known; resolves relative years
 * @param issuer          issuing body or speaker when known
 * @param sections        the headings of the text in document order, each with the range it governs
 * @param removed         what was cut out of the original text as boilerplate, so original offsets can be rebuilt
 * @param region          the administrative area the document speaks for, normalized (全国, 天津市,
 *                        广西壮族自治区, 深圳市), when known; given at upload or found in the document
 * @param regionLevel     {@code national}, {@code province} (provinces, municipalities, autonomous regions),
 *                        {@code city} or {@code district}; present when {@code region} is
 * @param metadataSources for each metadata field found ({@code title}, {@code date}, {@code genre},
 *                        {@code issuer}, {@code region}), where it came from: {@code upload}, {@code file-name},
 *                        {@code html-title}, {@code url}, or {@code text:START-END} (offsets in {@code text})
 * @param tables          the tables the reader found (HTML, Word, PDF), each row a line of {@code text}; absent for
 *                        plain text and in events published before tables were read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentIngested(
        String documentId,
        String fileName,
        String title,
        String source,
        String contentType,
        String sha256,
        long sizeBytes,
        LocalDate date,
        String genre,
        String text,
        Instant receivedAt,
        String issuer,
        List<Section> sections,
        List<Removed> removed,
        Map<String, String> metadataSources,
        String region,
        String regionLevel,
        List<Table> tables) {

    /** The fields before the tables. */
    public DocumentIngested(String documentId, String fileName, String title, String source, String contentType,
                            String sha256, long sizeBytes, LocalDate date, String genre, String text,
                            Instant receivedAt, String issuer, List<Section> sections, List<Removed> removed,
                            Map<String, String> metadataSources, String region, String regionLevel) {
        this(documentId, fileName, title, source, contentType, sha256, sizeBytes, date, genre, text, receivedAt,
                issuer, sections, removed, metadataSources, region, regionLevel, null);
    }

    /** The fields before the region. */
    public DocumentIngested(String documentId, String fileName, String title, String source, String contentType,
                            String sha256, long sizeBytes, LocalDate date, String genre, String text,
                            Instant receivedAt, String issuer, List<Section> sections, List<Removed> removed,
                            Map<String, String> metadataSources) {
        this(documentId, fileName, title, source, contentType, sha256, sizeBytes, date, genre, text, receivedAt,
                issuer, sections, removed, metadataSources, null, null, null);
    }

    /** The fields of the first version, before sections, boilerplate and metadata provenance. */
    public DocumentIngested(String documentId, String fileName, String title, String source, String contentType,
                            String sha256, long sizeBytes, LocalDate date, String genre, String text,
                            Instant receivedAt) {
        this(documentId, fileName, title, source, contentType, sha256, sizeBytes, date, genre, text, receivedAt,
                null, null, null, null, null, null, null);
    }

    /**
     * A heading and the text it governs. Sections nest by {@code level} (1 = outermost: 一、 / 第一章; 2 = （一） /
     * 第一节; 3 = 1. / 专栏); a section runs from its heading to the next heading of the same or an outer level.
     *
     * @param label   the numbering as written (一、, （三）, 第二章, 专栏1), null when the heading has none
     * @param heading the heading's text without its numbering
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(int level, String label, String heading, int start, int end) {
    }

    /**
     * A piece of the original text removed as boilerplate.
     *
     * @param at     offset in {@code text} where the removed piece stood
     * @param text   the removed text, verbatim
     * @param reason why: navigation, breadcrumb, share, link-list, copyright, icp, editor, image, other
     */
    public record Removed(int at, String text, String reason) {
    }

    /**
     * A table as the reader laid it out: a full grid, a spanned cell (rowspan/colspan, Word's merged cells) standing
     * in every position it covers. Offsets refer to {@code text}, where each row is one line.
     *
     * @param caption      the caption line above the table (表1 …主要指标, 专栏2 …), absent when none
     * @param captionStart offset of the caption, absent when none
     * @param captionEnd   end of the caption, absent when none
     * @param rows         top to bottom, header rows first
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Table(String caption, Integer captionStart, Integer captionEnd, List<Row> rows) {
    }

    /** A row: the offsets of its line and one cell per column of the grid. */
    public record Row(int start, int end, List<Cell> cells) {
    }

    /** A cell: its text ("" when empty) and offsets in {@code text} (an empty cell: start == end). */
    public record Cell(String text, int start, int end) {
    }
}
