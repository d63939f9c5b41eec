package io.mubiao.extract.preview;

import io.mubiao.documents.DocumentReader;
import io.mubiao.documents.ReadDocument;
import io.mubiao.documents.UploadFields;
import io.mubiao.documents.UploadLimits;
import io.mubiao.extract.cli.DocumentTables;
import io.mubiao.extract.cli.JsonLines;
import io.mubiao.extract.core.Extractor;
import java.util.List;
import java.util.Map;

/**
 * Extraction of a document sent over HTTP without storing anything: checked against the limits of an upload, read as
 * an upload is read (document-formats), extracted by the service's extractor, answered in the rows that
 * {@code bin/mubiao extract} prints (JsonLines), so a preview and the command line agree row for row.
 */
public final class Preview {
    /** The {@code doc} of every row when the client names no file. */
    public static final String UNNAMED = "document";

    private final Extractor extractor;
    private final UploadLimits limits;

    public Preview(Extractor extractor, UploadLimits limits) {
        this.extractor = extractor;
        this.limits = limits;
    }

    /** What was read and extracted: the document's metadata, then the target rows and the entity rows. */
    public record Result(String doc, String title, String date, String genre, String issuer, int charCount,
                         List<Map<String, Object>> targets, List<Map<String, Object>> entities) {
    }

    /** Throws {@link io.mubiao.documents.RejectedDocument} for what an upload would refuse, with the same status. */
    public Result extract(byte[] body, String contentType, UploadFields fields) {
        limits.check(body, fields);
        ReadDocument read = DocumentReader.read(body, contentType, fields);
        String doc = fields.fileName() == null || fields.fileName().isBlank() ? UNNAMED : fields.fileName().strip();
        // the text, tables and sections as read, exactly as bin/mubiao extract passes them to the core
        List<Map<String, Object>> rows = JsonLines.rows(doc, extractor.extract(DocumentTables.source(doc, read)));
        return new Result(doc, read.title(), read.date() == null ? null : read.date().toString(), read.genre(), read.issuer(),
                read.text().length(), rows.stream().filter(r -> "target".equals(r.get("record"))).toList(),
                rows.stream().filter(r -> "entity".equals(r.get("record"))).toList());
    }
}
