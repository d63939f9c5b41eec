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

@Path(Relay.API_PREFIX + "/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorsApi {
    @Inject
    @RestClient
    TargetsClient targets;

    @GET
    public Response list(@Context UriInfo uri) {
        return Relay.call("targets-service", () -> targets.indicators(uri.getQueryParameters(), Relay.API_PREFIX));
    }

    @GET
    @Path("/{key}/series")
    public Response series(@PathParam("key") String key) {
        return Relay.call("targets-service", () -> targets.indicatorSeries(key));
    }

    @GET
    @Path("/{key}/regions")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response regions(@PathParam("key") String key, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                            @Context UriInfo uri) {
        return Relay.call("targets-service",
                () -> targets.indicatorRegions(key, uri.getQueryParameters(), accept, Relay.API_PREFIX));
    }
}
