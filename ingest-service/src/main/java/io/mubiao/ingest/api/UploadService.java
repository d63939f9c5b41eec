package io.mubiao.ingest.api;

import io.mubiao.ingest.domain.DocumentIds;
import io.mubiao.ingest.domain.RejectedUpload;
import io.mubiao.ingest.domain.TextDecoder;
import io.mubiao.ingest.domain.TitleGuesser;
import io.mubiao.ingest.messaging.UnpublishedRelay;
import io.mubiao.ingest.store.StoredDocument;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Accepts an upload: validate, store durably, then publish (the relay retries a publication that fails). */
@ApplicationScoped
public class UploadService {
    static final int MAX_FIELD = 1000;

    @Inject
    UnpublishedRelay relay;

    @ConfigProperty(name = "mubiao.ingest.max-bytes", defaultValue = "20971520")
    long maxBytes;

    public record Accepted(StoredDocument document, boolean created) {
    }

    public Accepted upload(byte[] body, String contentType, String title, String source, String fileName) {
        if (body == null || body.length == 0) {
            throw new RejectedUpload(400, "Bad Request", "The request body is empty: send the document's text.");
        }
        if (body.length > maxBytes) {
            throw new RejectedUpload(413, "Content Too Large",
                    "The document has " + body.length + " bytes; the limit is " + maxBytes + ".");
        }
        String mediaType = mediaType(contentType);
        if (!mediaType.equals("text/plain")) {
            throw new RejectedUpload(415, "Unsupported Media Type",
                    "Content type '" + mediaType + "' is not accepted; send text/plain (UTF-8).");
        }
        checkCharset(contentType);
        checkField("title", title);
        checkField("source", source);
        checkField("fileName", fileName);

        String sha = DocumentIds.sha256(body);
        String id = DocumentIds.idOf(sha);
        StoredDocument existing = QuarkusTransaction.requiringNew().call(() -> StoredDocument.findById(id));
        if (existing != null) {
            return new Accepted(existing, false);
        }
        String text = TextDecoder.decodeUtf8(body);

        StoredDocument doc = new StoredDocument();
        doc.id = id;
        doc.sha256 = sha;
        doc.title = title != null && !title.isBlank() ? title.strip() : TitleGuesser.guess(text);
        doc.source = blankToNull(source);
        doc.fileName = blankToNull(fileName);
        doc.contentType = "text/plain; charset=UTF-8";
        doc.sizeBytes = body.length;
        doc.original = body;
        doc.text = text;
        doc.receivedAt = Instant.now();
        try {
            QuarkusTransaction.requiringNew().run(doc::persist);
        } catch (PersistenceException e) {
            // A concurrent upload of the same bytes won the insert: same document.
            StoredDocument winner = QuarkusTransaction.requiringNew().call(() -> StoredDocument.findById(id));
            if (winner != null) {
                return new Accepted(winner, false);
            }
            throw e;
        }
        relay.publishAndMark(doc);
        return new Accepted(doc, true);
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new RejectedUpload(415, "Unsupported Media Type", "No Content-Type given; send text/plain (UTF-8).");
        }
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static void checkCharset(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String cs = p.substring("charset=".length()).replace("\"", "");
                if (!cs.equals("utf-8") && !cs.equals("utf8")) {
                    throw new RejectedUpload(415, "Unsupported Media Type",
                            "Charset '" + cs + "' is not supported yet; send UTF-8.");
                }
            }
        }
    }

    private static void checkField(String name, String value) {
        if (value != null && value.length() > MAX_FIELD) {
            throw new RejectedUpload(400, "Bad Request",
                    "'" + name + "' has " + value.length() + " characters; at most " + MAX_FIELD + " are allowed.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
