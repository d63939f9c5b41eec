package io.mubiao.gateway.api;

import io.mubiao.gateway.clients.TargetsClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path(Relay.API_PREFIX + "/themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemesApi {
    @Inject
    @RestClient
    TargetsClient targets;

    @GET
    public Response list() {
        return Relay.call("targets-service", () -> targets.themes());
    }
}
