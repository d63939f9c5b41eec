package io.mubiao.gateway.api;

import io.mubiao.gateway.clients.TargetsClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path(Relay.API_PREFIX + "/targets")
public class TargetsApi {
    @Inject
    @RestClient
    TargetsClient targets;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response list(@HeaderParam(HttpHeaders.ACCEPT) String accept, @Context UriInfo uri) {
        return Relay.call("targets-service", () -> targets.targets(uri.getQueryParameters(), accept, Relay.API_PREFIX));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.target(id));
    }
}
