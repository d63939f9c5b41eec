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

@Path(Relay.API_PREFIX + "/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorsApi {
    @Inject
    @RestClient
    TargetsClient targets;

    @GET
    @Operation(summary = "Indicators grouped by key with their counts, years and themes, most figures first")
    @APIResponse(responseCode = "400", description = "Unknown theme, bad paging")
    public Response list(@Parameter(description = "Substring of a key or indicator text, or a synonym (GDP)") @QueryParam("q") String q,
                         @Parameter(description = "Theme code: count only the figures of this theme") @QueryParam("theme") String theme,
                         @Parameter(description = "Page, from 0") @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 200") @QueryParam("size") String size,
                         @Context UriInfo uri) {
        return Relay.call("targets-service", () -> targets.indicators(uri.getQueryParameters(), Relay.API_PREFIX));
    }

    @GET
    @Path("/{key}/series")
    @Operation(summary = "Targets and achievements of one indicator by year; each target met, missed, pending or unknown")
    @APIResponse(responseCode = "404", description = "No figures with this key")
    public Response series(@Parameter(description = "Indicator key or a synonym, URL-encoded") @PathParam("key") String key) {
        return Relay.call("targets-service", () -> targets.indicatorSeries(key));
    }

    @GET
    @Path("/{key}/regions")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "One indicator across regions: each region's headline figure for a year and kind, highest first")
    @APIResponse(responseCode = "400", description = "year or kind missing, unknown kind/measure/regionLevel/format, bad paging")
    public Response regions(@Parameter(description = "Indicator key or a synonym, URL-encoded") @PathParam("key") String key,
                            @Parameter(description = "The year the figures are for (required)") @QueryParam("year") String year,
                            @Parameter(description = "target or achievement (required)") @QueryParam("kind") String kind,
                            @Parameter(description = "amount, rate, share or delta") @QueryParam("measure") String measure,
                            @Parameter(description = "national, province, city or district") @QueryParam("regionLevel") String regionLevel,
                            @Parameter(description = "Page, from 0") @QueryParam("page") String page,
                            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") String size,
                            @Parameter(description = "json or csv (overrides Accept)") @QueryParam("format") String format,
                            @HeaderParam(HttpHeaders.ACCEPT) String accept,
                            @Context UriInfo uri) {
        return Relay.call("targets-service",
                () -> targets.indicatorRegions(key, uri.getQueryParameters(), accept, Relay.API_PREFIX));
    }
}
