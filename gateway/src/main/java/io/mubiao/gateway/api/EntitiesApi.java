package io.mubiao.gateway.api;

import io.mubiao.gateway.clients.TargetsClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path(Relay.API_PREFIX + "/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntitiesApi {
    @Inject
    @RestClient
    TargetsClient targets;

    @GET
    @Operation(summary = "Canonical entities across documents, most mentioned first")
    @APIResponse(responseCode = "400", description = "Unknown type, bad paging")
    public Response list(@Parameter(description = "PERSON, ORG, LOCATION, FACILITY, POLICY or EVENT") @QueryParam("type") String type,
                         @Parameter(description = "Substring of the canonical name or an alias") @QueryParam("q") String q,
                         @Parameter(description = "Only entities mentioned in this document") @QueryParam("document") String document,
                         @Parameter(description = "Page, from 0") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 200") @QueryParam("size") String size,
                         @Context UriInfo uri) {
        return Relay.call("targets-service", () -> targets.entities(uri.getQueryParameters(), Relay.API_PREFIX));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity: aliases, mentions by document, linked targets")
    @APIResponse(responseCode = "404", description = "Unknown entity")
    public Response get(@Parameter(description = "Entity id") @PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.entity(id));
    }
}
