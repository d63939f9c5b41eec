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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
    public Response upload(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context UriInfo uri) {
        // The body is relayed byte for byte with its Content-Type (multipart boundary included).
        return Relay.call("ingest-service", () -> ingest.upload(body, contentType, uri.getQueryParameters()));
    }

    @GET
    public Response list(@Context UriInfo uri) {
        return Relay.call("targets-service", () -> targets.documents(uri.getQueryParameters(), Relay.API_PREFIX));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.document(id));
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN)
    public Response text(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.documentText(id));
    }

    @GET
    @Path("/{id}/sections")
    public Response sections(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.documentSections(id));
    }

    @GET
    @Path("/{id}/entities")
    public Response entities(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.documentEntities(id));
    }

    @POST
    @Path("/{id}/reprocess")
    public Response reprocess(@PathParam("id") String id) {
        return Relay.call("ingest-service", () -> ingest.reprocess(id));
    }
}
