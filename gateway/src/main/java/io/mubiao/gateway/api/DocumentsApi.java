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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
                           @Parameter(description = "Issuing body or speaker; found in the document when absent") @QueryParam("issuer") String issuer,
                           @Parameter(description = "Area it speaks for: 全国, a province (天津, 天津市, 津), a city or district; found in the document when absent") @QueryParam("region") String region) {
        // The body is relayed byte for byte with its Content-Type (multipart boundary included).
        return Relay.call("ingest-service", () -> ingest.upload(body, contentType, title, source, fileName, date, genre, issuer, region));
    }

    @GET
    @Operation(summary = "Documents with status (RECEIVED, EXTRACTED, FAILED) and counts, newest first")
    @APIResponse(responseCode = "200", description = "{items, total, page, size, links}")
    @APIResponse(responseCode = "400", description = "Bad date, unknown status, bad paging (application/problem+json)")
    public Response list(@Parameter(description = "Genre, exact (政府工作报告, 规划, 行动方案, 新闻发布会, 通知)") @QueryParam("genre") String genre,
                         @Parameter(description = "Documents dated on or after this day (2023-01-01)") @QueryParam("dateFrom") String dateFrom,
                         @Parameter(description = "Documents dated on or before this day") @QueryParam("dateTo") String dateTo,
                         @Parameter(description = "RECEIVED, EXTRACTED or FAILED") @QueryParam("status") String status,
                         @Parameter(description = "Free text over title, file name and issuer") @QueryParam("q") String q,
                         @Parameter(description = "Region: 全国, a province (天津市, 天津, 津), a city or district") @QueryParam("region") String region,
                         @Parameter(description = "Page, from 0") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 200") @QueryParam("size") String size,
                         @Context UriInfo uri) {
        return Relay.call("targets-service", () -> targets.documents(uri.getQueryParameters(), Relay.API_PREFIX));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its status and counts")
    public Response get(@Parameter(description = "Document id") @PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.document(id));
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The normalized text every offset refers to (text/plain; charset=UTF-8)")
    @APIResponse(responseCode = "404", description = "Unknown document or text not received yet")
    public Response text(@Parameter(description = "Document id") @PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.documentText(id));
    }

    @GET
    @Path("/{id}/sections")
    @Operation(summary = "The section tree: headings with their ranges, nested by level")
    @APIResponse(responseCode = "404", description = "Unknown document")
    public Response sections(@Parameter(description = "Document id") @PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.documentSections(id));
    }

    @GET
    @Path("/{id}/entities")
    @Operation(summary = "The entity mentions of the document in document order, with their entity ids")
    @APIResponse(responseCode = "404", description = "Unknown document")
    public Response entities(@Parameter(description = "Document id") @PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.documentEntities(id));
    }

    @POST
    @Path("/{id}/reprocess")
    @Operation(summary = "Publish the stored document again for extraction",
            description = "The result of the current extractor replaces the one held once it arrives.")
    @APIResponse(responseCode = "202", description = "{\"id\":…,\"status\":\"REPROCESSING\"}")
    @APIResponse(responseCode = "404", description = "Unknown document")
    public Response reprocess(@Parameter(description = "Document id") @PathParam("id") String id) {
        return Relay.call("ingest-service", () -> ingest.reprocess(id));
    }
}
