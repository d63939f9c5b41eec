package io.mubiao.ingest.api;

import io.mubiao.documents.RejectedDocument;
import io.mubiao.documents.UploadFields;
import io.mubiao.ingest.store.StoredDocument;
import io.mubiao.web.Problem;
import jakarta.inject.Inject;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
                    + "The query parameters override what is found in the document.")
    public Response upload(byte[] body,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Parameter(description = "Title") @QueryParam("title") String title,
                           @Parameter(description = "Date: 2023-01-11, 2023-01 or 2023") @QueryParam("date") String date,
                           @Parameter(description = "Genre, e.g. 政府工作报告") @QueryParam("genre") String genre,
                           @Parameter(description = "Issuing body or speaker") @QueryParam("issuer") String issuer,
                           @Parameter(description = "Where it comes from (URL or note)") @QueryParam("source") String source,
                           @Parameter(description = "Original file name") @QueryParam("fileName") String fileName,
                           @Parameter(description = "Area it speaks for: 全国, a province (天津, 天津市, 津), a city or district")
                           @QueryParam("region") String region) {
        UploadService.Accepted accepted = uploads.upload(body, contentType,
                new UploadFields(title, date, genre, issuer, source, fileName, region));
        Response.ResponseBuilder r = accepted.created() ? Response.accepted(answer(accepted)) : Response.ok(answer(accepted));
        return r.location(URI.create("/documents/" + accepted.document().id)).type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload several documents in one multipart/form-data request",
            description = "Every file part is one document. Answers 200 with a list of per-file results, each with its own "
                    + "status (202, 200, or a 4xx with its problem). Fields title/date/genre/issuer/source/region (form fields, else "
                    + "query parameters) apply to every file; each file's name comes from its part.")
    public Response uploadMany(@RestForm(FileUpload.ALL) List<FileUpload> files,
                               @RestForm("title") String formTitle, @RestForm("date") String formDate,
                               @RestForm("genre") String formGenre, @RestForm("issuer") String formIssuer,
                               @RestForm("source") String formSource, @RestForm("region") String formRegion,
                               @QueryParam("title") String title, @QueryParam("date") String date,
                               @QueryParam("genre") String genre, @QueryParam("issuer") String issuer,
                               @QueryParam("source") String source, @QueryParam("region") String region) {
        if (files == null || files.isEmpty()) {
            throw new RejectedDocument(400, "Bad Request", "The multipart request holds no file part: send each document as a file.");
        }
        UploadFields common = new UploadFields(either(formTitle, title), either(formDate, date), either(formGenre, genre),
                either(formIssuer, issuer), either(formSource, source), null, either(formRegion, region));
        List<Map<String, Object>> results = new ArrayList<>();
        for (FileUpload f : files) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("fileName", f.fileName());
            try {
                if (f.size() > uploads.maxBytes()) {
                    throw new RejectedDocument(413, "Content Too Large",
                            "The document has " + f.size() + " bytes; the limit is " + uploads.maxBytes() + " (mubiao.ingest.max-bytes).");
                }
                byte[] bytes = Files.readAllBytes(f.uploadedFile());
                UploadService.Accepted accepted = uploads.upload(bytes, f.contentType(), common.withFileName(f.fileName()));
                result.put("status", accepted.created() ? 202 : 200);
                result.putAll(answer(accepted));
            } catch (RejectedDocument e) {
                result.put("status", e.status());
                result.put("problem", Problem.of(e.status(), e.title(), e.getMessage()));
            } catch (IOException e) {
                LOG.warnf("cannot read the uploaded part %s: %s", f.fileName(), e.getMessage());
                result.put("status", 500);
                result.put("problem", Problem.of(500, "Internal Server Error", "The service could not read this part."));
            }
            results.add(result);
        }
        return Response.ok(results).type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{id}/reprocess")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the stored document's documents.ingested event again (through the outbox relay)",
            description = "202 {id, status: REPROCESSING}; the relay sends it within mubiao.ingest.relay-interval. 404 for an unknown id.")
    public Response reprocess(@PathParam("id") String id) {
        if (!reprocessing.markUnpublished(id)) {
            return Problem.response(404, "Not Found", "No document with id '" + id + "'.");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("status", "REPROCESSING");
        return Response.accepted(answer).type(MediaType.APPLICATION_JSON).build();
    }

    private static Map<String, Object> answer(UploadService.Accepted accepted) {
        StoredDocument d = accepted.document();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", d.id);
        answer.put("sha256", d.sha256);
        if (d.title != null) {
            answer.put("title", d.title);
        }
        answer.put("contentType", d.contentType);
        answer.put("sizeBytes", d.sizeBytes);
        answer.put("charCount", d.text.length());
        if (d.date != null) {
            answer.put("date", d.date.toString());
        }
        if (d.genre != null) {
            answer.put("genre", d.genre);
        }
        if (d.issuer != null) {
            answer.put("issuer", d.issuer);
        }
        if (d.region != null) {
            answer.put("region", d.region);
            answer.put("regionLevel", d.regionLevel);
        }
        answer.put("created", accepted.created());
        answer.put("receivedAt", d.receivedAt.toString());
        return answer;
    }

    private static String either(String preferred, String other) {
        return preferred != null && !preferred.isBlank() ? preferred : other;
    }

    @ServerExceptionMapper
    public Response rejected(RejectedDocument e) {
        return Problem.response(e.status(), e.title(), e.getMessage());
    }
}
