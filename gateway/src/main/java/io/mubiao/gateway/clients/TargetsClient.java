package io.mubiao.gateway.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** targets-service, base URL from {@code quarkus.rest-client.targets.url}. Answers are relayed as they come. */
@RegisterRestClient(configKey = "targets")
public interface TargetsClient {
    String PREFIX = "X-Forwarded-Prefix";

    @GET
    @Path("/documents")
    Response documents(@QueryParam("page") String page, @QueryParam("size") String size,
                       @HeaderParam(PREFIX) String prefix);

    @GET
    @Path("/documents/{id}")
    Response document(@PathParam("id") String id);

    @GET
    @Path("/targets")
    Response targets(@QueryParam("indicator") String indicator, @QueryParam("kind") String kind,
                     @QueryParam("measure") String measure, @QueryParam("comparator") String comparator,
                     @QueryParam("year") String year, @QueryParam("yearFrom") String yearFrom,
                     @QueryParam("yearTo") String yearTo, @QueryParam("document") String document,
                     @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size,
                     @HeaderParam(PREFIX) String prefix);

    @GET
    @Path("/targets/{id}")
    Response target(@PathParam("id") String id);
}
