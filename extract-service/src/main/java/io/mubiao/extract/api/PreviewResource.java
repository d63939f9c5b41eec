package io.mubiao.extract.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.documents.RejectedDocument;
import io.mubiao.documents.UploadFields;
import io.mubiao.extract.preview.Preview;
import io.mubiao.web.Problem;
import io.mubiao.web.UploadQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** POST /extract: a preview; the work is {@link Preview}'s, this only maps HTTP onto it. */
@Path("/extract")
public class PreviewResource {
    private static final Logger LOG = Logger.getLogger(PreviewResource.class);

    @Inject
    Preview preview;

    /** The answer, for the OpenAPI document: the rows are those of bin/mubiao extract. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Extraction")
    public record Answer(
            @Schema(description = "The name every row carries in doc: fileName, else \"document\"") String doc,
            @Schema(description = "Given, else found in the document") String title,
            @Schema(description = "The document's date, found or given (2023-01-11)") String date,
            String genre,
            String issuer,
            @Schema(description = "Length of the normalized text all offsets refer to") int charCount,
            @Schema(description = "One object per target or reported figure, as bin/mubiao extract prints it "
                    + "(record, doc, quote, indicator, kind, measure, value, unit, comparator, year, theme, start, end, "
                    + "sentence, section …); docs/extraction.md") List<Map<String, Object>> targets,
            @Schema(description = "One object per entity mention (record, doc, text, type, canonical, start, end)")
            List<Map<String, Object>> entities) {
        static Answer of(Preview.Result r) {
            return new Answer(r.doc(), r.title(), r.date(), r.genre(), r.issuer(), r.charCount(), r.targets(), r.entities());
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract the targets and entities of a document without storing it (preview)",
            description = "The body is the document, as for an upload: text/plain (UTF-8, GB18030/GBK, Big5, UTF-16), "
                    + "text/html, application/pdf or DOCX. Nothing is stored and no event is published. The rows are "
                    + "those bin/mubiao extract prints for the same file.")
    @APIResponse(responseCode = "200", description = "What was read and extracted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "400", description = "Empty or whitespace-only body, a field too long, a path as file name")
    @APIResponse(responseCode = "413", description = "Larger than mubiao.extract.preview-max-bytes (the upload limit)")
    @APIResponse(responseCode = "415", description = "No or an unsupported media type, or a charset not used for Chinese")
    @APIResponse(responseCode = "422", description = "Unreadable: undecodable bytes, encrypted or damaged PDF/DOCX, no "
            + "Chinese text")
    public Answer extract(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @BeanParam UploadQuery q) {
        return Answer.of(preview.extract(body, contentType, new UploadFields(q.title, q.date, q.genre, q.issuer, q.source, q.fileName)));
    }

    @ServerExceptionMapper
    public Response rejected(RejectedDocument e) {
        if (e.getCause() != null) {
            LOG.infof("preview refused (%d): %s; cause: %s", e.status(), e.getMessage(), e.getCause().toString());
        }
        return Problem.response(e.status(), e.title(), e.getMessage());
    }
}
