package io.mubiao.gateway.clients;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ingest-service, base URL from {@code quarkus.rest-client.ingest.url}. Answers are relayed as they come. */
@RegisterRestClient(configKey = "ingest")
@Path("/documents")
public interface IngestClient {
    @POST
    @Consumes(MediaType.WILDCARD)
    Response upload(byte[] body,
                    @HeaderParam("Content-Type") String contentType,
                    @QueryParam("title") String title,
                    @QueryParam("source") String source,
                    @QueryParam("fileName") String fileName,
                    @QueryParam("date") String date,
                    @QueryParam("genre") String genre,
                    @QueryParam("issuer") String issuer,
                    @QueryParam("region") String region);

    @POST
    @Path("/{id}/reprocess")
    Response reprocess(@PathParam("id") String id);
}
