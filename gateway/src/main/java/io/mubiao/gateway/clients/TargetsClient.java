package io.mubiao.gateway.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * targets-service, base URL from {@code quarkus.rest-client.targets.url}. Every query parameter the client sent is
 * passed on as it came (targets-service validates them); answers are relayed as they come.
 */
@RegisterRestClient(configKey = "targets")
public interface TargetsClient {
    String PREFIX = "X-Forwarded-Prefix";

    @GET
    @Path("/documents")
    Response documents(@RestQuery MultivaluedMap<String, String> query, @HeaderParam(PREFIX) String prefix);

    @GET
    @Path("/documents/{id}")
    Response document(@PathParam("id") String id);

    @GET
    @Path("/documents/{id}/text")
    Response documentText(@PathParam("id") String id);

    @GET
    @Path("/documents/{id}/sections")
    Response documentSections(@PathParam("id") String id);

    @GET
    @Path("/documents/{id}/entities")
    Response documentEntities(@PathParam("id") String id);

    @GET
    @Path("/targets")
    Response targets(@RestQuery MultivaluedMap<String, String> query, @HeaderParam("Accept") String accept,
                     @HeaderParam(PREFIX) String prefix);

    @GET
    @Path("/targets/{id}")
    Response target(@PathParam("id") String id);

    @GET
    @Path("/indicators")
    Response indicators(@RestQuery MultivaluedMap<String, String> query, @HeaderParam(PREFIX) String prefix);

    @GET
    @Path("/indicators/{key}/series")
    Response indicatorSeries(@PathParam("key") String key);

    @GET
    @Path("/indicators/{key}/regions")
    Response indicatorRegions(@PathParam("key") String key, @RestQuery MultivaluedMap<String, String> query,
                              @HeaderParam("Accept") String accept, @HeaderParam(PREFIX) String prefix);

    @GET
    @Path("/entities")
    Response entities(@RestQuery MultivaluedMap<String, String> query, @HeaderParam(PREFIX) String prefix);

    @GET
    @Path("/entities/{id}")
    Response entity(@PathParam("id") String id);

    @GET
    @Path("/themes")
    Response themes();
}
