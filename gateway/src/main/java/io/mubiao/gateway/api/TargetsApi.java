package io.mubiao.gateway.api;

import io.mubiao.gateway.clients.TargetsClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path(Relay.API_PREFIX + "/targets")
public class TargetsApi {
    @Inject
    @RestClient
    TargetsClient targets;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Targets and reported figures, filtered, sorted and paginated",
            description = "Answers {items, total, page, size, links}; with Accept: text/csv or format=csv the same rows "
                    + "as RFC 4180 CSV with a header line (UTF-8; the total in X-Total-Count).")
    @APIResponse(responseCode = "200", description = "A page of targets (JSON or CSV)")
    @APIResponse(responseCode = "400", description = "Unknown kind/measure/comparator/theme/sort/format, year outside "
            + "1949–2100, bad paging (application/problem+json)")
    public Response list(
            @Parameter(description = "Free text over quote and indicator") @QueryParam("q") String q,
            @Parameter(description = "Indicator text (substring) or any synonym of its key (GDP)") @QueryParam("indicator") String indicator,
            @Parameter(description = "target or achievement") @QueryParam("kind") String kind,
            @Parameter(description = "amount, rate, share or delta") @QueryParam("measure") String measure,
            @Parameter(description = "approx, at_least, at_most or exact") @QueryParam("comparator") String comparator,
            @Parameter(description = "Theme code (GET /api/v1/themes)") @QueryParam("theme") String theme,
            @Parameter(description = "A year the figure refers to, 1949–2100") @QueryParam("year") String year,
            @Parameter(description = "Earliest year") @QueryParam("yearFrom") String yearFrom,
            @Parameter(description = "Latest year") @QueryParam("yearTo") String yearTo,
            @Parameter(description = "Document id") @QueryParam("document") String document,
            @Parameter(description = "Region of the document: 全国, a province (天津市, 天津, 津), a city or district") @QueryParam("region") String region,
            @Parameter(description = "Entity id, canonical name or alias") @QueryParam("entity") String entity,
            @Parameter(description = "document (default), year, -year, value, -value, indicator, -indicator") @QueryParam("sort") String sort,
            @Parameter(description = "Page, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") String size,
            @Parameter(description = "json or csv (overrides Accept)") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Context UriInfo uri) {
        return Relay.call("targets-service", () -> targets.targets(uri.getQueryParameters(), accept, Relay.API_PREFIX));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One target with its evidence, its document and the entities of its sentence")
    @APIResponse(responseCode = "404", description = "Unknown target")
    public Response get(@Parameter(description = "Target id") @PathParam("id") String id) {
        return Relay.call("targets-service", () -> targets.target(id));
    }
}
