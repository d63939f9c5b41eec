package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.contracts.taxonomy.Theme;
import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The themes of the configured taxonomy with how many targets and achievements each holds, by year and document. */
@Path("/themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemesResource {
    @Inject
    EntityManager em;

    @Inject
    ThemeTaxonomy taxonomy;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record YearCount(@Schema(description = "\"2025\" or a span \"2021-2025\"") String year, long targets, long achievements) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentCount(String document, String title, long targets, long achievements) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ThemeCounts")
    public record ThemeItem(String code, String nameZh, String nameEn, String description, long targetCount,
                            long achievementCount, List<YearCount> byYear, List<DocumentCount> byDocument) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Themes")
    public record ThemesAnswer(@Schema(description = "The taxonomy's name") String taxonomy, List<ThemeItem> items,
                               @Schema(description = "Figures without a theme of this taxonomy") long unthemedTargets,
                               long unthemedAchievements) {
    }

    @GET
    @Operation(summary = "The themes with their counts of targets and achievements, by year and by document",
            description = "Themes in taxonomy order; byYear earliest first (figures without a year are only in the totals); "
                    + "byDocument most figures first.")
    @SuppressWarnings("unchecked")
    public ThemesAnswer list() {
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, Map<String, long[]>> years = new LinkedHashMap<>();
        Map<String, Map<String, Object[]>> documents = new LinkedHashMap<>();
        List<Object[]> byYear = em.createNativeQuery("select theme, year, count(*) filter (where kind = 'target'), "
                + "count(*) filter (where kind = 'achievement') from targets group by theme, year").getResultList();
        for (Object[] r : byYear) {
            String theme = (String) r[0];
            long t = ((Number) r[2]).longValue();
            long a = ((Number) r[3]).longValue();
            long[] sum = totals.computeIfAbsent(theme == null ? "" : theme, k -> new long[2]);
            sum[0] += t;
            sum[1] += a;
            if (theme != null && r[1] != null) {
                years.computeIfAbsent(theme, k -> new LinkedHashMap<>()).put((String) r[1], new long[] {t, a});
            }
        }
        List<Object[]> byDocument = em.createNativeQuery("select t.theme, t.document_id, d.title, "
                + "count(*) filter (where t.kind = 'target'), count(*) filter (where t.kind = 'achievement') "
                + "from targets t join documents d on d.id = t.document_id where t.theme is not null "
                + "group by t.theme, t.document_id, d.title order by count(*) desc, t.document_id").getResultList();
        for (Object[] r : byDocument) {
            documents.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put((String) r[1], r);
        }
        List<ThemeItem> items = new ArrayList<>();
        long unthemedTargets = 0;
        long unthemedAchievements = 0;
        for (Map.Entry<String, long[]> e : totals.entrySet()) {
            if (taxonomy.theme(e.getKey()).isEmpty()) {
                unthemedTargets += e.getValue()[0];
                unthemedAchievements += e.getValue()[1];
            }
        }
        for (Theme theme : taxonomy.themes()) {
            long[] sum = totals.getOrDefault(theme.code(), new long[2]);
            List<YearCount> y = years.getOrDefault(theme.code(), Map.of()).entrySet().stream()
                    .map(x -> new YearCount(x.getKey(), x.getValue()[0], x.getValue()[1]))
                    .sorted(Comparator.comparing((YearCount x) -> x.year().substring(0, Math.min(4, x.year().length())))
                            .thenComparing(x -> x.year().length()))
                    .toList();
            List<DocumentCount> d = documents.getOrDefault(theme.code(), Map.of()).values().stream()
                    .map(r -> new DocumentCount((String) r[1], (String) r[2], ((Number) r[3]).longValue(), ((Number) r[4]).longValue()))
                    .toList();
            items.add(new ThemeItem(theme.code(), theme.nameZh(), theme.nameEn(), theme.description(), sum[0], sum[1], y, d));
        }
        return new ThemesAnswer(taxonomy.name(), items, unthemedTargets, unthemedAchievements);
    }
}
