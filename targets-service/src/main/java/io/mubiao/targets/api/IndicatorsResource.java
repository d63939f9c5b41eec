package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import io.mubiao.targets.indicators.Figure;
import io.mubiao.targets.indicators.IndicatorSeries;
import io.mubiao.targets.indicators.IndicatorSynonyms;
import io.mubiao.targets.query.Checks;
import io.mubiao.targets.query.Csv;
import io.mubiao.targets.query.RegionFilter;
import io.mubiao.targets.store.RegionComparison;
import io.mubiao.targets.store.DocumentRecord;
import io.mubiao.targets.store.TargetRecord;
import io.mubiao.web.ProblemException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private static final String SEP = "\u001f";

    @Inject
    EntityManager em;

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
    @SuppressWarnings("unchecked")
    public IndicatorPage list(
            @Parameter(description = "Substring of the key or of an indicator text, or a synonym of a key (GDP)") @QueryParam("q") String q,
            @Parameter(description = "Theme code (GET /themes)") @QueryParam("theme") String theme,
            @Parameter(description = "Page, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @HeaderParam("X-Forwarded-Prefix") String prefix, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        String themeCode = ThemeCodes.check(taxonomy, theme);
        String text = Checks.text("q", q);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (themeCode != null) {
            where.add("theme = :theme");
            params.put("theme", themeCode);
        }
        if (text != null) {
            where.add("indicator_key in (select s.indicator_key from targets s where s.indicator like :q "
                    + "or s.indicator_key like :q or s.indicator_key = :qkey)");
            params.put("q", "%" + Checks.escapeLike(text) + "%");
            params.put("qkey", synonyms.key(text));
        }
        String sql = "select indicator_key, count(*) filter (where kind = 'target'), count(*) filter (where kind = 'achievement'), "
                + "string_agg(distinct indicator, '" + SEP + "'), string_agg(distinct year, '" + SEP + "'), "
                + "string_agg(distinct theme, '" + SEP + "'), count(*) over () from targets"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " group by indicator_key order by count(*) desc, indicator_key limit :limit offset :offset";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("limit", paging.size()).setParameter("offset", (long) paging.page() * paging.size());
        List<Object[]> rows = query.getResultList();
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[6]).longValue();
        } else {
            Query count = em.createNativeQuery("select count(distinct indicator_key) from targets"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where)));
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        List<IndicatorItem> items = rows.stream().map(r -> {
            String key = (String) r[0];
            List<String> aliases = split(r[3]).stream().filter(a -> !a.equals(key)).toList();
            List<String> years = split(r[4]).stream()
                    .sorted(Comparator.comparing((String y) -> y.length() > 4 ? y.substring(0, 4) : y).thenComparing(String::length))
                    .toList();
            return new IndicatorItem(key, key, aliases, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), years, split(r[5]));
        }).toList();
        return new IndicatorPage(items, total, paging.page(), paging.size(), paging.links(uri, prefix, total));
    }

    private static List<String> split(Object joined) {
        return joined == null ? List.of() : Arrays.asList(((String) joined).split(SEP));
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
        List<TargetRecord> rows = TargetRecord.list("indicatorKey = ?1", k);
        if (rows.isEmpty() && text != null && !text.equals(k)) {
            rows = TargetRecord.list("indicatorKey = ?1", text);
            k = text;
        }
        if (rows.isEmpty()) {
            throw new ProblemException(404, "Not Found", "No figures for the indicator '" + Checks.abbreviate(key) + "'.");
        }
        Map<String, DocumentRecord> documents = DocumentRecord.<DocumentRecord>list("id in ?1",
                        rows.stream().map(r -> r.documentId).distinct().toList())
                .stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        List<IndicatorSeries.Source> sources = rows.stream().map(r -> {
            DocumentRecord d = documents.get(r.documentId);
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
            @Schema(enumeration = {"approx", "at_least", "at_most", "exact"}) String comparator,
            @Schema(enumeration = {"target", "achievement"}) String kind,
            @Schema(enumeration = {"amount", "rate", "share", "delta"}) String measure,
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
                            @Parameter(description = "target or achievement (required)") @QueryParam("kind") String kind,
                            @Parameter(description = "amount, rate, share or delta") @QueryParam("measure") String measure,
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
