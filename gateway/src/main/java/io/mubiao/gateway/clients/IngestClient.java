package io.mubiao.gateway.clients;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * ingest-service, base URL from {@code quarkus.rest-client.ingest.url}. The upload's query parameters (title,
 * source, …) are passed on as they came: ingest-service declares and validates them. Answers are relayed as they come.
 */
@RegisterRestClient(configKey = "ingest")
@Path("/documents")
public interface IngestClient {
    @POST
    @Consumes(MediaType.WILDCARD)
    Response upload(byte[] body, @HeaderParam("Content-Type") String contentType,
                    @RestQuery MultivaluedMap<String, String> query);

    @POST
    @Path("/{id}/reprocess")
    Response reprocess(@PathParam("id") String id);
}
