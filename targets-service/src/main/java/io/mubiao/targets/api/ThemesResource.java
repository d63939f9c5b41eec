package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.contracts.taxonomy.Theme;
import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import io.mubiao.targets.store.ThemeCounts;
import jakarta.inject.Inject;
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
    ThemeCounts counts;

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
    public ThemesAnswer list() {
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, Map<String, long[]>> years = new LinkedHashMap<>();
        Map<String, List<DocumentCount>> documents = new LinkedHashMap<>();
        for (ThemeCounts.ByYear r : counts.byYear()) {
            long[] sum = totals.computeIfAbsent(r.theme() == null ? "" : r.theme(), k -> new long[2]);
            sum[0] += r.targets();
            sum[1] += r.achievements();
            if (r.theme() != null && r.year() != null) {
                years.computeIfAbsent(r.theme(), k -> new LinkedHashMap<>()).put(r.year(), new long[] {r.targets(), r.achievements()});
            }
        }
        for (ThemeCounts.ByDocument r : counts.byDocument()) {
            documents.computeIfAbsent(r.theme(), k -> new ArrayList<>())
                    .add(new DocumentCount(r.document(), r.title(), r.targets(), r.achievements()));
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
            List<DocumentCount> d = documents.getOrDefault(theme.code(), List.of());
            items.add(new ThemeItem(theme.code(), theme.nameZh(), theme.nameEn(), theme.description(), sum[0], sum[1], y, d));
        }
        return new ThemesAnswer(taxonomy.name(), items, unthemedTargets, unthemedAchievements);
    }
}
