package io.mubiao.documents;

import io.mubiao.contracts.regions.Region;
import io.mubiao.text.Section;
import io.mubiao.text.SectionFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a document in any accepted format (text/plain in any common Chinese encoding, HTML, PDF, DOCX) into its
 * normalized text, with boilerplate removed and recorded, metadata found and sections marked. The one entry point
 * for ingest-service and the command line, so both read a file the same way.
 */
public final class DocumentReader {
    private DocumentReader() {
    }

    /**
     * @param contentType the Content-Type as sent (charset honoured); application/octet-stream is resolved from the
     *                    file name and the bytes
     * @throws RejectedDocument with the HTTP status that says why the document cannot be read
     */
    public static ReadDocument read(byte[] bytes, String contentType, UploadFields fields) {
        UploadFields f = fields == null ? UploadFields.NONE : fields;
        if (bytes == null || bytes.length == 0) {
            throw RejectedDocument.badRequest("The request body is empty: send the document.");
        }
        ContentType declared = ContentType.parse(contentType);
        DocumentFormat format = DocumentFormat.of(declared, f.fileName(), bytes);
        RawDocument raw = switch (format) {
            case PLAIN_TEXT -> plainText(bytes, declared.charset());
            case HTML -> HtmlReader.read(bytes, declared.charset());
            case PDF -> PdfReader.read(bytes);
            case DOCX -> DocxReader.read(bytes);
        };
        CleanText clean = CleanText.of(raw);
        boolean noText = raw.blocks().stream().allMatch(b -> b.removedAs() == null && b.text().isBlank());
        if (noText && format == DocumentFormat.PLAIN_TEXT) {
            throw RejectedDocument.badRequest("The document holds no text: the body is blank.")
                    .inFileTerms("The file holds no text: it is blank.");
        }
        if (noText && format == DocumentFormat.PDF) {
            throw RejectedDocument.unreadable("The PDF has no text layer (a scan?); upload a PDF with text, or the text itself.");
        }
        if (clean.text().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            throw RejectedDocument.unreadable("The document holds no Chinese text"
                    + (clean.text().isBlank() ? " once page furniture is removed" : "") + "; Mubiao reads Chinese documents.");
        }
        List<Section> sections = SectionFinder.find(clean.text());
        TitleFinder.Head head = TitleFinder.head(clean, sections);
        Found<String> title = TitleFinder.find(clean, head, raw.htmlTitle(), f);
        Found<String> genre = GenreFinder.find(clean, title, sections, head.lines(), head.ranges(), f);
        if (title == null) {
            title = TitleFinder.fromGenre(genre);
        }
        Found<java.time.LocalDate> date = DateFinder.find(clean, sections, f);
        Found<String> issuer = IssuerFinder.find(clean, head, f);
        Found<Region> region = RegionFinder.find(clean, head, title, issuer, f);
        Map<String, String> sources = new LinkedHashMap<>();
        put(sources, "title", title);
        put(sources, "date", date);
        put(sources, "genre", genre);
        put(sources, "issuer", issuer);
        put(sources, "region", region);
        String type = raw.charset() == null ? format.mediaType() : format.mediaType() + "; charset=" + raw.charset();
        return new ReadDocument(format, type, clean.text(), value(title), value(date), value(genre), value(issuer),
                List.copyOf(sections), List.copyOf(clean.removed()), sources, value(region),
                TableLocator.locate(clean.text(), raw.tables()));
    }

    /** Reads a file, its format told by the extension (else by the bytes; plain text when neither tells). */
    public static ReadDocument read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            throw RejectedDocument.badRequest("The file is empty.");
        }
        String name = file.getFileName().toString();
        DocumentFormat f = DocumentFormat.fromFileName(name);
        if (f == null) {
            f = DocumentFormat.sniff(bytes);
        }
        try {
            return read(bytes, (f == null ? DocumentFormat.PLAIN_TEXT : f).mediaType(), UploadFields.fileName(name));
        } catch (RejectedDocument e) {
            // the same refusal in a file's terms: a file has no body and no Content-Type to declare
            RejectedDocument forFile = new RejectedDocument(e.status(), e.title(), e.fileMessage());
            forFile.initCause(e.getCause());
            throw forFile;
        }
    }

    private static RawDocument plainText(byte[] bytes, String charset) {
        TextDecoding.Decoded d = TextDecoding.decode(bytes, charset, false);
        return new RawDocument(List.of(RawDocument.Block.text(d.text())), null, d.charset(), false);
    }

    private static void put(Map<String, String> sources, String field, Found<?> found) {
        if (found != null) {
            sources.put(field, found.source());
        }
    }

    private static <T> T value(Found<T> found) {
        return found == null ? null : found.value();
    }
}
