package io.mubiao.targets.api;

import io.mubiao.targets.query.TargetFilter;
import io.mubiao.targets.store.TargetRecord;
import io.mubiao.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/targets")
@Produces(MediaType.APPLICATION_JSON)
public class TargetsResource {

    @GET
    @Operation(summary = "Targets and reported figures, filtered and paginated")
    public Page<TargetView> list(
            @Parameter(description = "Indicator text (substring)") @QueryParam("indicator") String indicator,
            @Parameter(description = "target or achievement") @QueryParam("kind") String kind,
            @Parameter(description = "amount, rate, share or delta") @QueryParam("measure") String measure,
            @Parameter(description = "approx, at_least, at_most or exact") @QueryParam("comparator") String comparator,
            @Parameter(description = "A year the figure refers to (plan periods include every year of their span)") @QueryParam("year") String year,
            @QueryParam("yearFrom") String yearFrom,
            @QueryParam("yearTo") String yearTo,
            @Parameter(description = "Document id") @QueryParam("document") String document,
            @Parameter(description = "Free text over quote and indicator") @QueryParam("q") String q,
            @Parameter(description = "Page, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") String size,
            @HeaderParam("X-Forwarded-Prefix") String prefix,
            @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        Map.Entry<String, Map<String, Object>> query =
                new TargetFilter(indicator, kind, measure, comparator, QueryParams.year("year", year),
                        QueryParams.year("yearFrom", yearFrom), QueryParams.year("yearTo", yearTo), document, q).toQuery();
        PanacheQuery<TargetRecord> found = TargetRecord.find(query.getKey(),
                Sort.by("documentId").and("ordinal"), query.getValue());
        long total = found.count();
        var items = found.page(paging.page(), paging.size()).list().stream().map(TargetView::of).toList();
        return new Page<>(items, total, paging.page(), paging.size(), paging.links(uri, prefix, total));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One target with its evidence")
    public TargetView get(@PathParam("id") String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ProblemException(404, "Not Found", "No target with id '" + (id.length() > 40 ? id.substring(0, 40) : id) + "'.");
        }
        TargetRecord r = TargetRecord.findById(key);
        if (r == null) {
            throw new ProblemException(404, "Not Found", "No target with id " + key + ".");
        }
        return TargetView.of(r);
    }
}
