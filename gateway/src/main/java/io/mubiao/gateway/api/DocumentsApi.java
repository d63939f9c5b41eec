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
    public Response upload(byte[] body,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("title") String title,
                           @QueryParam("source") String source,
                           @QueryParam("fileName") String fileName,
                           @QueryParam("date") String date,
                           @QueryParam("genre") String genre,
                           @QueryParam("issuer") String issuer,
                           @QueryParam("region") String region) {
        // The body is relayed byte for byte with its Content-Type (multipart boundary included).
        return Relay.call("ingest-service", () -> ingest.upload(body, contentType, title, source, fileName, date, genre, issuer, region));
    }

    @GET
    @Operation(summary = "Documents with status (RECEIVED, EXTRACTED, FAILED) and counts, newest first")
    public Response list(@Context UriInfo uri) {
        return Relay.call("targets-service", () -> targets.documents(uri.getQueryParameters(), Relay.API_PREFIX));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its status and counts")
    public Response get(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.document(id));
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The normalized text every offset refers to (text/plain; charset=UTF-8)")
    public Response text(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.documentText(id));
    }

    @GET
    @Path("/{id}/sections")
    @Operation(summary = "The section tree: headings with their ranges, nested by level")
    public Response sections(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.documentSections(id));
    }

    @GET
    @Path("/{id}/entities")
    @Operation(summary = "The entity mentions of the document in document order, with their entity ids")
    public Response entities(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.documentEntities(id));
    }

    @POST
    @Path("/{id}/reprocess")
    @Operation(summary = "Publish the stored document again for extraction",
            description = "The result of the current extractor replaces the one held once it arrives.")
    public Response reprocess(@PathParam("id") String id) {
        return Relay.call("ingest-service", () -> ingest.reprocess(id));
    }
}
