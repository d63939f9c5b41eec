package io.mubiao.ingest.api;

import io.mubiao.documents.RejectedDocument;
import io.mubiao.documents.UploadFields;
import io.mubiao.ingest.store.StoredDocument;
import io.mubiao.web.Problem;
import io.mubiao.web.UploadQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/documents")
public class DocumentUploadResource {
    private static final Logger LOG = Logger.getLogger(DocumentUploadResource.class);

    @Inject
    UploadService uploads;

    @Inject
    Reprocessing reprocessing;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a document: text/plain (UTF-8, GB18030/GBK, Big5, UTF-16), text/html, application/pdf or DOCX",
            description = "202 with the new id on first upload; 200 with the existing id when the same bytes were uploaded before. "
                    + "The query parameters override what is found in the document. Several documents go in one "
                    + "multipart/form-data request: every file part is one document, the answer is 200 with a list of "
                    + "per-file results, each with its own status (202, 200, or a 4xx with its problem); fields "
                    + "title/date/genre/issuer/source/region (form fields, else query parameters) apply to every file; "
                    + "each file's name comes from its part.")
    @APIResponse(responseCode = "202", description = "Stored and queued for extraction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadAnswer.class)))
    @APIResponse(responseCode = "200", description = "These bytes were uploaded before (the existing document); for "
            + "multipart/form-data, the list of per-file results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {UploadAnswer.class, UploadAnswer.FileResult[].class})))
    @APIResponse(responseCode = "400", description = "Empty or whitespace-only body, a field too long, a path as file "
            + "name, a malformed multipart body")
    @APIResponse(responseCode = "413", description = "Larger than mubiao.ingest.max-bytes")
    @APIResponse(responseCode = "415", description = "No or an unsupported media type, or a charset not used for Chinese")
    @APIResponse(responseCode = "422", description = "Unreadable: undecodable bytes, encrypted or damaged PDF/DOCX, no "
            + "Chinese text")
    @APIResponse(responseCode = "503", description = "The database is unavailable; nothing was stored")
    public Response upload(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @BeanParam UploadQuery query,
                           @Parameter(description = "Area it speaks for: 全国, a province (天津, 天津市, 津), a city or district")
                           @QueryParam("region") String region) {
        UploadService.Accepted accepted = uploads.upload(body, contentType, fields(query, region));
        UploadAnswer answer = UploadAnswer.of(accepted.document(), accepted.created());
        Response.ResponseBuilder r = accepted.created() ? Response.accepted(answer) : Response.ok(answer);
        return r.location(URI.create("/documents/" + accepted.document().id)).type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    // Documented with upload above: the two methods are one operation (POST /documents) of the OpenAPI document.
    public Response uploadMany(@RestForm(FileUpload.ALL) List<FileUpload> files,
                               @RestForm("title") String formTitle, @RestForm("date") String formDate,
                               @RestForm("genre") String formGenre, @RestForm("issuer") String formIssuer,
                               @RestForm("source") String formSource, @RestForm("region") String formRegion,
                               @BeanParam UploadQuery query, @QueryParam("region") String region) {
        if (files == null || files.isEmpty()) {
            throw new RejectedDocument(400, "Bad Request", "The multipart request holds no file part: send each document as a file.");
        }
        UploadFields common = new UploadFields(formTitle, formDate, formGenre, formIssuer, formSource, null, formRegion)
                .orElse(fields(query, region).withFileName(null));
        List<UploadAnswer.FileResult> results = new ArrayList<>();
        for (FileUpload f : files) {
            try {
                uploads.limits().checkSize(f.size());
                byte[] bytes = Files.readAllBytes(f.uploadedFile());
                UploadService.Accepted accepted = uploads.upload(bytes, f.contentType(), common.withFileName(f.fileName()));
                results.add(UploadAnswer.FileResult.accepted(f.fileName(),
                        UploadAnswer.of(accepted.document(), accepted.created())));
            } catch (RejectedDocument e) {
                results.add(UploadAnswer.FileResult.refused(f.fileName(), Problem.of(e.status(), e.title(), e.getMessage())));
            } catch (IOException e) {
                LOG.warnf("cannot read the uploaded part %s: %s", f.fileName(), e.getMessage());
                results.add(UploadAnswer.FileResult.refused(f.fileName(),
                        Problem.of(500, "Internal Server Error", "The service could not read this part.")));
            }
        }
        return Response.ok(results).type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{id}/reprocess")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the stored document's documents.ingested event again (through the outbox relay)",
            description = "202 {id, status: REPROCESSING}; the relay sends it within mubiao.ingest.relay-interval. 404 for an unknown id.")
    @APIResponse(responseCode = "202", description = "Queued for extraction again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadAnswer.Reprocess.class)))
    @APIResponse(responseCode = "404", description = "Unknown document")
    @APIResponse(responseCode = "503", description = "The database is unavailable")
    public Response reprocess(@Parameter(description = "Document id") @PathParam("id") String id) {
        if (!reprocessing.markUnpublished(id)) {
            return Problem.response(404, "Not Found", "No document with id '" + id + "'.");
        }
        return Response.accepted(new UploadAnswer.Reprocess(id, "REPROCESSING")).type(MediaType.APPLICATION_JSON).build();
    }

    static UploadFields fields(UploadQuery q, String region) {
        return new UploadFields(q.title, q.date, q.genre, q.issuer, q.source, q.fileName, region);
    }

    @ServerExceptionMapper
    public Response rejected(RejectedDocument e) {
        if (e.getCause() != null) {
            // the reader's own failure stays here; the client reads the detail, written in its terms
            LOG.infof("refused (%d): %s; cause: %s", e.status(), e.getMessage(), e.getCause().toString());
        }
        return Problem.response(e.status(), e.title(), e.getMessage());
    }
}
