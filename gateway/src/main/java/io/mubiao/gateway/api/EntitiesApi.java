package io.mubiao.gateway.api;

import io.mubiao.gateway.clients.TargetsClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path(Relay.API_PREFIX + "/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntitiesApi {
    @Inject
    @RestClient
    TargetsClient targets;

    @GET
    public Response list(@Context UriInfo uri) {
        return Relay.call("targets-service", () -> targets.entities(uri.getQueryParameters(), Relay.API_PREFIX));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.entity(id));
    }
}
