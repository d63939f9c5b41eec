package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import io.mubiao.contracts.vocabulary.Measure;
import io.mubiao.contracts.vocabulary.TargetKind;
import io.mubiao.contracts.vocabulary.ValueComparator;
import io.mubiao.targets.indicators.IndicatorSynonyms;
import io.mubiao.targets.query.Checks;
import io.mubiao.targets.query.TargetFilter;
import io.mubiao.targets.query.TargetSort;
import io.mubiao.targets.store.DocumentReads;
import io.mubiao.targets.store.EntityReads;
import io.mubiao.targets.store.Selection;
import io.mubiao.targets.store.TargetReads;
import io.mubiao.targets.store.TargetRecord;
import io.mubiao.web.ProblemException;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/targets")
public class TargetsResource {
    static final String CSV = "text/csv";

    @Inject
    IndicatorSynonyms synonyms;

    @Inject
    ThemeTaxonomy taxonomy;

    @Inject
    EntityReads entities;

    @Inject
    TargetReads targets;

    @Inject
    DocumentReads documents;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Targets and reported figures, filtered, sorted and paginated",
            description = "JSON {items, total, page, size, links}; with Accept: text/csv or format=csv the same rows as "
                    + "RFC 4180 CSV for spreadsheets: UTF-8 with a byte order mark (Excel and WPS read it as UTF-8), a header line "
                    + "(column names, or labels in Chinese with lang=zh), a file name in Content-Disposition, no envelope. "
                    + "The CSV holds every matching row unless page or size is given; the total is in X-Total-Count.")
    @APIResponse(responseCode = "200", description = "The page of targets",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetPage.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Unknown kind/measure/comparator/theme/sort/format, year outside "
            + "1949–2100, yearFrom after yearTo, bad page or size (application/problem+json)")
    public Response list(
            @Parameter(description = "Free text over quote and indicator (substring)") @QueryParam("q") String q,
            @Parameter(description = "Indicator: a substring of its text, or any name the synonym resource maps to its key (GDP → 地区生产总值)") @QueryParam("indicator") String indicator,
            @Parameter(description = "target or achievement", schema = @Schema(type = SchemaType.STRING, implementation = TargetKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "amount, rate, share or delta", schema = @Schema(type = SchemaType.STRING, implementation = Measure.class)) @QueryParam("measure") String measure,
            @Parameter(description = "approx, at_least, at_most or exact", schema = @Schema(type = SchemaType.STRING, implementation = ValueComparator.class)) @QueryParam("comparator") String comparator,
            @Parameter(description = "Theme code (GET /themes)") @QueryParam("theme") String theme,
            @Parameter(description = "A year the figure refers to, 1949–2100 (plan periods include every year of their span)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1949", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "Figures whose year or span ends in or after this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "1949", maximum = "2100")) @QueryParam("yearFrom") String yearFrom,
            @Parameter(description = "Figures whose year or span starts in or before this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "1949", maximum = "2100")) @QueryParam("yearTo") String yearTo,
            @Parameter(description = "Document id") @QueryParam("document") String document,
            @Parameter(description = "Region of the document: 全国, a province (天津市, 天津, 津), a city or district") @QueryParam("region") String region,
            @Parameter(description = "Entity id, or an entity's canonical name or alias: targets whose sentence mentions it") @QueryParam("entity") String entity,
            @Parameter(description = "document (default), year, -year, value, -value, indicator, -indicator") @QueryParam("sort") String sort,
            @Parameter(description = "Page, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @Parameter(description = "json (default) or csv; overrides the Accept header") @QueryParam("format") String format,
            @Parameter(description = "CSV header language: en (column names, default) or zh") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @HeaderParam("X-Forwarded-Prefix") String prefix,
            @Context UriInfo uri) {
        boolean csv = wantsCsv(format, accept);
        Paging paging = Paging.of(page, size);
        TargetSort order = TargetSort.parse(sort);
        String themeCode = ThemeCodes.check(taxonomy, theme);
        String entityParam = Checks.text("entity", entity);
        List<String> entityIds = entityParam == null ? null : entities.resolve(entityParam);
        String indicatorText = Checks.text("indicator", indicator);
        TargetFilter filter = new TargetFilter(indicatorText, indicatorText == null ? null : synonyms.key(indicatorText),
                kind, measure, comparator, themeCode, QueryParams.year("year", year), QueryParams.year("yearFrom", yearFrom),
                QueryParams.year("yearTo", yearTo), document, q, entityIds, region);
        Selection<TargetRecord> found = targets.select(filter, order);
        long total = found.total();
        if (csv) {
            boolean onePage = page != null || size != null;
            return TargetsCsv.response(found, total, onePage ? paging : null, TargetsCsv.language(lang));
        }
        List<TargetView> items = found.page(paging.page(), paging.size()).stream().map(TargetView::of).toList();
        return Response.ok(new TargetPage(items, total, paging.page(), paging.size(), paging.links(uri, prefix, total)),
                MediaType.APPLICATION_JSON).header("X-Total-Count", total).build();
    }

    /** The page shape with its item type named, for the OpenAPI document. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TargetPage")
    public record TargetPage(List<TargetView> items, long total, int page, int size, Map<String, String> links) {
    }

    static boolean wantsCsv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return "csv".equals(Checks.oneOf("format", format.toLowerCase(java.util.Locale.ROOT), List.of("json", "csv")));
        }
        if (accept == null) {
            return false;
        }
        // The first of the two types the client lists wins; */* and others leave the JSON default.
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (type.equals(CSV)) {
                return true;
            }
            if (type.equals(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One target with its evidence, its document and the entities of its sentence")
    @APIResponse(responseCode = "200", description = "The target", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "404", description = "No target with this id (application/problem+json)")
    public TargetView get(@Parameter(description = "Target id (changes when the document is extracted again)") @PathParam("id") String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ProblemException(404, "Not Found", "No target with id '" + Checks.abbreviate(id) + "'.");
        }
        TargetRecord r = targets.byId(key)
                .orElseThrow(() -> new ProblemException(404, "Not Found", "No target with id " + key + "."));
        TargetView.DocumentInfo info = documents.byId(r.documentId)
                .map(d -> new TargetView.DocumentInfo(d.id, d.title, d.date, d.genre))
                .orElseGet(() -> new TargetView.DocumentInfo(r.documentId, null, null, null));
        List<TargetView.EntityRef> refs = entities.ofTarget(r.id, r.documentId).stream()
                .map(e -> new TargetView.EntityRef(e.id(), e.text(), e.type(), e.canonical())).toList();
        return TargetView.of(r).with(info, refs);
    }
}
