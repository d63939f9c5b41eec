package io.mubiao.ingest.api;

import io.mubiao.ingest.domain.RejectedUpload;
import io.mubiao.ingest.store.StoredDocument;
import io.mubiao.web.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/documents")
public class DocumentUploadResource {
    @Inject
    UploadService uploads;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a document (text/plain, UTF-8)",
            description = "202 with the new id on first upload; 200 with the existing id when the same bytes were uploaded before.")
    public Response upload(byte[] body,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("title") String title,
                           @QueryParam("source") String source,
                           @QueryParam("fileName") String fileName) {
        UploadService.Accepted accepted = uploads.upload(body, contentType, title, source, fileName);
        StoredDocument d = accepted.document();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", d.id);
        answer.put("sha256", d.sha256);
        answer.put("title", d.title);
        answer.put("sizeBytes", d.sizeBytes);
        answer.put("created", accepted.created());
        answer.put("receivedAt", d.receivedAt.toString());
        Response.ResponseBuilder r = accepted.created() ? Response.accepted(answer) : Response.ok(answer);
        return r.location(URI.create("/documents/" + d.id)).type(MediaType.APPLICATION_JSON).build();
    }

    @ServerExceptionMapper
    public Response rejected(RejectedUpload e) {
        return Problem.response(e.status(), e.title(), e.getMessage());
    }
}
