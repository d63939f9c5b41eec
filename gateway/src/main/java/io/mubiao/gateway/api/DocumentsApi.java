package io.mubiao.gateway.api;

import io.mubiao.gateway.clients.IngestClient;
import io.mubiao.gateway.clients.TargetsClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path(Relay.API_PREFIX + "/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsApi {
    @Inject
    @RestClient
    IngestClient ingest;

    @Inject
    @RestClient
    TargetsClient targets;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a document", description = "The body is the document: text/plain (UTF-8, GB18030/GBK, Big5, "
            + "UTF-16), text/html, application/pdf or DOCX; or multipart/form-data with several files (answer: a list of "
            + "per-file results). The id is derived from the bytes' SHA-256: the same bytes give the same document.")
    @APIResponse(responseCode = "202", description = "Accepted: stored and queued for extraction")
    @APIResponse(responseCode = "200", description = "These bytes were uploaded before; the existing id")
    @APIResponse(responseCode = "400", description = "Empty body or bad parameter (application/problem+json)")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit")
    @APIResponse(responseCode = "415", description = "Unsupported media type")
    @APIResponse(responseCode = "422", description = "Unreadable: undecodable bytes, encrypted or damaged PDF/DOCX, no Chinese text")
    public Response upload(byte[] body,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Parameter(description = "Title; guessed from the text when absent") @QueryParam("title") String title,
                           @Parameter(description = "Where the document comes from (URL or note)") @QueryParam("source") String source,
                           @Parameter(description = "Original file name") @QueryParam("fileName") String fileName,
                           @Parameter(description = "Date: 2023-01-11, 2023-01 or 2023; found in the document when absent") @QueryParam("date") String date,
                           @Parameter(description = "Genre, e.g. 政府工作报告; found in the document when absent") @QueryParam("genre") String genre,
                           @Parameter(description = "Issuing body or speaker; found in the document when absent") @QueryParam("issuer") String issuer) {
        // The body is relayed byte for byte with its Content-Type (multipart boundary included).
        return Relay.call("ingest-service", () -> ingest.upload(body, contentType, title, source, fileName, date, genre, issuer));
    }

    @GET
    @Operation(summary = "Documents with status (RECEIVED, EXTRACTED, FAILED) and counts, newest first")
    public Response list(@Parameter(description = "Page, from 0") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 200") @QueryParam("size") String size) {
        return Relay.call("targets-service", () -> targets.documents(page, size, Relay.API_PREFIX));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its status and counts")
    public Response get(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.document(id));
    }
}
