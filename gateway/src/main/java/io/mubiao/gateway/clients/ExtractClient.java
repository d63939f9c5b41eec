package io.mubiao.gateway.clients;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * extract-service, base URL from {@code quarkus.rest-client.extract.url}. The preview's query parameters are passed on
 * as they came: extract-service declares and validates them. Answers are relayed as they come.
 */
@RegisterRestClient(configKey = "extract")
@Path("/extract")
public interface ExtractClient {
    @POST
    @Consumes(MediaType.WILDCARD)
    Response extract(byte[] body, @HeaderParam("Content-Type") String contentType,
                     @RestQuery MultivaluedMap<String, String> query);
}
