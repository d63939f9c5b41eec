package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import io.mubiao.contracts.vocabulary.Measure;
import io.mubiao.contracts.vocabulary.TargetKind;
import io.mubiao.contracts.vocabulary.ValueComparator;
import io.mubiao.targets.indicators.Figure;
import io.mubiao.targets.indicators.IndicatorSeries;
import io.mubiao.targets.indicators.IndicatorSynonyms;
import io.mubiao.targets.query.Checks;
import io.mubiao.targets.query.Csv;
import io.mubiao.targets.query.RegionFilter;
import io.mubiao.targets.store.DocumentReads;
import io.mubiao.targets.store.DocumentRecord;
import io.mubiao.targets.store.IndicatorReads;
import io.mubiao.targets.store.RegionComparison;
import io.mubiao.targets.store.RowPage;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Indicators tracked across documents by their key, and their series of targets and achievements. */
@Path("/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorsResource {
    @Inject
    IndicatorReads indicators;

    @Inject
    TargetReads targets;

    @Inject
    DocumentReads documents;

    @Inject
    IndicatorSynonyms synonyms;

    @Inject
    ThemeTaxonomy taxonomy;

    @Inject
    RegionComparison regions;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Indicator")
    public record IndicatorItem(@Schema(description = "The key: the canonical name (use it URL-encoded in /indicators/{key}/series)") String key,
                                String name,
                                @Schema(description = "The other indicator texts seen for this key") List<String> aliases,
                                long targetCount, long achievementCount,
                                @Schema(description = "The years and spans covered, earliest first") List<String> years,
                                List<String> themes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IndicatorPage")
    public record IndicatorPage(List<IndicatorItem> items, long total, int page, int size, Map<String, String> links) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IndicatorSeries")
    public record SeriesAnswer(String key, String name, List<IndicatorSeries.Series> series) {
    }

    @GET
    @Operation(summary = "Indicators (grouped by key), most figures first",
            description = "With theme, only the figures of that theme are counted.")
    @APIResponse(responseCode = "200", description = "A page of indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown theme, bad paging (application/problem+json)")
    public IndicatorPage list(
            @Parameter(description = "Substring of the key or of an indicator text, or a synonym of a key (GDP)") @QueryParam("q") String q,
            @Parameter(description = "Theme code (GET /themes)") @QueryParam("theme") String theme,
            @Parameter(description = "Page, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @HeaderParam("X-Forwarded-Prefix") String prefix, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        String themeCode = ThemeCodes.check(taxonomy, theme);
        String text = Checks.text("q", q);
        RowPage<IndicatorReads.Row> found = indicators.list(themeCode, text, text == null ? null : synonyms.key(text),
                paging.page(), paging.size());
        List<IndicatorItem> items = found.rows().stream().map(r -> {
            List<String> aliases = r.indicators().stream().filter(a -> !a.equals(r.key())).toList();
            List<String> years = r.years().stream()
                    .sorted(Comparator.comparing((String y) -> y.length() > 4 ? y.substring(0, 4) : y).thenComparing(String::length))
                    .toList();
            return new IndicatorItem(r.key(), r.key(), aliases, r.targetCount(), r.achievementCount(), years, r.themes());
        }).toList();
        return new IndicatorPage(items, found.total(), paging.page(), paging.size(), paging.links(uri, prefix, found.total()));
    }

    @GET
    @Path("/{key}/series")
    @Operation(summary = "The targets and achievements of one indicator by year, each target with its status",
            description = "One series per measure and unit; points ordered by year; a target's status is met, missed, "
                    + "pending or unknown by the comparator-aware rule of docs/api.md. The key may be any name the synonym "
                    + "resource knows (GDP finds 地区生产总值).")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesAnswer.class)))
    @APIResponse(responseCode = "404", description = "No figure with this indicator key (application/problem+json)")
    public SeriesAnswer series(@Parameter(description = "Indicator key (URL-encoded)") @PathParam("key") String key) {
        String text = Checks.text("key", key);
        String k = text == null ? "" : synonyms.key(text);
        List<TargetRecord> rows = targets.ofIndicatorKey(k);
        if (rows.isEmpty() && text != null && !text.equals(k)) {
            rows = targets.ofIndicatorKey(text);
            k = text;
        }
        if (rows.isEmpty()) {
            throw new ProblemException(404, "Not Found", "No figures for the indicator '" + Checks.abbreviate(key) + "'.");
        }
        Map<String, DocumentRecord> byId = documents.byIds(rows.stream().map(r -> r.documentId).distinct().toList());
        List<IndicatorSeries.Source> sources = rows.stream().map(r -> {
            DocumentRecord d = byId.get(r.documentId);
            return new IndicatorSeries.Source(r.id, new Figure(r.kind, r.measure, r.value, r.valueMax, r.unit, r.comparator,
                    r.year, r.normalizedValue, r.baseUnit), r.documentId, d == null ? null : d.title,
                    d == null ? null : d.date, r.quote);
        }).toList();
        return new SeriesAnswer(k, k, IndicatorSeries.build(sources, synonyms.direction(k)));
    }

    @Schema(name = "RegionFigure", description = "A region's headline statement of the indicator for the year and kind")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record RegionRow(
            @Schema(description = "全国, a province by its full name (天津市), a city or district") String region,
            @Schema(enumeration = {"national", "province", "city", "district"}) String regionLevel,
            double value, @Schema(description = "Upper end of a range (4.5%—5%)") Double valueMax, String unit,
            @Schema(type = SchemaType.STRING, implementation = ValueComparator.class) String comparator,
            @Schema(type = SchemaType.STRING, implementation = TargetKind.class) String kind,
            @Schema(type = SchemaType.STRING, implementation = Measure.class) String measure,
            String year, String quote,
            @Schema(description = "Document id (GET /documents/{id})") String document, String documentTitle,
            @Schema(description = "Target id (GET /targets/{id}): the evidence") long targetId,
            @Schema(description = "The indicator as written") String indicator) {
        static final List<String> CSV_COLUMNS = List.of("region", "regionLevel", "value", "valueMax", "unit", "comparator",
                "kind", "measure", "year", "quote", "document", "documentTitle", "targetId", "indicator");

        static RegionRow of(RegionComparison.Row r) {
            return new RegionRow(r.region(), r.regionLevel(), r.value(), r.valueMax(), r.unit(), r.comparator(), r.kind(),
                    r.measure(), r.year(), r.quote(), r.document(), r.documentTitle(), r.targetId(), r.indicator());
        }

        List<Object> csvFields() {
            return Arrays.asList(region, regionLevel, value, valueMax, unit, comparator, kind, measure, year, quote, document,
                    documentTitle, targetId, indicator);
        }
    }

    @Schema(name = "RegionPage")
    public record RegionPage(String key, List<RegionRow> items, long total, int page, int size, Map<String, String> links) {
    }

    @GET
    @Path("/{key}/regions")
    @Produces({MediaType.APPLICATION_JSON, TargetsResource.CSV})
    @Operation(summary = "One indicator across regions: each region's headline figure for a year and kind, highest first",
            description = "One row per region (the document's region): the figure its own documents give for that single "
                    + "year (not a span's average), said of the region itself (not of a place within it), from its latest "
                    + "document, first statement first. The key may be any name the synonym resource knows (GDP, 经济增长). "
                    + "JSON {key, items, total, page, size, links}; with Accept: text/csv or format=csv the rows as CSV.")
    @APIResponse(responseCode = "200", description = "The page of regions",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionPage.class)),
                    @Content(mediaType = TargetsResource.CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "year or kind missing, unknown kind/measure/regionLevel/format, bad "
            + "paging (application/problem+json)")
    public Response regions(@Parameter(description = "Indicator key (URL-encoded)") @PathParam("key") String key,
                            @Parameter(description = "The year the figures are for (required), 1949–2100") @QueryParam("year") String year,
                            @Parameter(description = "target or achievement (required)", schema = @Schema(type = SchemaType.STRING, implementation = TargetKind.class)) @QueryParam("kind") String kind,
                            @Parameter(description = "amount, rate, share or delta", schema = @Schema(type = SchemaType.STRING, implementation = Measure.class)) @QueryParam("measure") String measure,
                            @Parameter(description = "national, province, city or district") @QueryParam("regionLevel") String regionLevel,
                            @Parameter(description = "Page, from 0") @QueryParam("page") String page,
                            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") String size,
                            @Parameter(description = "json (default) or csv; overrides the Accept header") @QueryParam("format") String format,
                            @HeaderParam(HttpHeaders.ACCEPT) String accept,
                            @HeaderParam("X-Forwarded-Prefix") String prefix, @Context UriInfo uri) {
        boolean csv = TargetsResource.wantsCsv(format, accept);
        Paging paging = Paging.of(page, size);
        RegionFilter f = RegionFilter.of(QueryParams.year("year", year), kind, measure, regionLevel);
        String text = Checks.text("key", key);
        String k = text == null ? "" : synonyms.key(text);
        RegionComparison.Page found = regions.find(new RegionComparison.Ask(k, f.year(), f.kind(), f.measure(),
                f.regionLevel()), paging.page(), paging.size());
        List<RegionRow> items = found.rows().stream().map(RegionRow::of).toList();
        if (csv) {
            StringBuilder out = new StringBuilder();
            Csv.appendRecord(out, RegionRow.CSV_COLUMNS);
            items.forEach(r -> Csv.appendRecord(out, r.csvFields()));
            return Response.ok(out.toString(), TargetsResource.CSV + "; charset=UTF-8").header("X-Total-Count", found.total()).build();
        }
        return Response.ok(new RegionPage(k, items, found.total(), paging.page(), paging.size(),
                paging.links(uri, prefix, found.total())), MediaType.APPLICATION_JSON).header("X-Total-Count", found.total()).build();
    }
}
