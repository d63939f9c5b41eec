package io.mubiao.gateway.api;

import io.mubiao.gateway.clients.TargetsClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path(Relay.API_PREFIX + "/targets")
@Produces(MediaType.APPLICATION_JSON)
public class TargetsApi {
    @Inject
    @RestClient
    TargetsClient targets;

    @GET
    @Operation(summary = "Targets and reported figures, filtered and paginated",
            description = "Answers {items, total, page, size, links}.")
    public Response list(
            @Parameter(description = "Indicator text (substring)") @QueryParam("indicator") String indicator,
            @Parameter(description = "target or achievement") @QueryParam("kind") String kind,
            @Parameter(description = "amount, rate, share or delta") @QueryParam("measure") String measure,
            @Parameter(description = "approx, at_least, at_most or exact") @QueryParam("comparator") String comparator,
            @Parameter(description = "A year the figure refers to") @QueryParam("year") String year,
            @Parameter(description = "Earliest year") @QueryParam("yearFrom") String yearFrom,
            @Parameter(description = "Latest year") @QueryParam("yearTo") String yearTo,
            @Parameter(description = "Document id") @QueryParam("document") String document,
            @Parameter(description = "Free text over quote and indicator") @QueryParam("q") String q,
            @Parameter(description = "Page, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") String size) {
        return Relay.call("targets-service", () -> targets.targets(indicator, kind, measure, comparator, year,
                yearFrom, yearTo, document, q, page, size, Relay.API_PREFIX));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One target with its evidence")
    public Response get(@PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.target(id));
    }
}
