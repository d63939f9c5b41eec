package io.mubiao.gateway.api;

import io.mubiao.gateway.clients.ExtractClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * POST /api/v1/extract: a preview, relayed to extract-service. A POST, so it needs the API key and is counted by the
 * rate limiter like an upload; its parameters and answers are extract-service's (PublicApiDocument).
 */
@Path(Relay.API_PREFIX + "/extract")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractApi {
    @Inject
    @RestClient
    ExtractClient extract;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response extract(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context UriInfo uri) {
        return Relay.call("extract-service", () -> extract.extract(body, contentType, uri.getQueryParameters()));
    }
}
