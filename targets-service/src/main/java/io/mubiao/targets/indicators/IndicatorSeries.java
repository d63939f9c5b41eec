package io.mubiao.targets.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one indicator key as series: one series per measure and unit (amounts in their base unit, so
 * 1.6万亿元 and 16000亿元 are one series), points ordered by year, each target with its {@link StatusRule} status.
 */
public final class IndicatorSeries {

    /** A stored figure with where it comes from. */
    public record Source(long targetId, Figure figure, String document, String documentTitle, LocalDate documentDate,
                         String quote) {
    }

    /** One point of a series, as GET /indicators/{key}/series shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(String year, String kind, double value, Double valueMax, String unit, String comparator,
                        long targetId, String document, String documentTitle, LocalDate documentDate, String quote,
                        String status, String statusReason, Long achievementId) {
    }

    /** The points of one measure in one unit. */
    public record Series(String measure, String unit, List<Point> points) {
    }

    private IndicatorSeries() {
    }

    /** Newest report first: the achievement a later document reports replaces an earlier estimate. */
    static final Comparator<Source> NEWEST_FIRST = Comparator
            .comparing((Source s) -> s.documentDate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Source::document, Comparator.reverseOrder())
            .thenComparingLong(Source::targetId);

    public static List<Series> build(List<Source> sources, Optional<Direction> direction) {
        List<Source> achievements = sources.stream().filter(s -> s.figure().isAchievement()).sorted(NEWEST_FIRST).toList();
        List<Figure> achievementFigures = achievements.stream().map(Source::figure).toList();
        Map<String, Series> series = new LinkedHashMap<>();
        List<Source> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparing((Source s) -> yearStart(s.figure().year()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> yearEnd(s.figure().year()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.figure().kind(), Comparator.nullsLast(Comparator.reverseOrder())) // targets first
                .thenComparing(Source::documentDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Source::targetId));
        for (Source s : ordered) {
            Figure f = s.figure();
            String unit = seriesUnit(f);
            Series target = series.computeIfAbsent(f.measure() + "\n" + unit, k -> new Series(f.measure(), unit, new ArrayList<>()));
            String status = null;
            String reason = null;
            Long achievementId = null;
            if (f.isTarget()) {
                TargetStatus st = StatusRule.judge(f, achievementFigures, direction);
                status = st.status().code();
                reason = st.reason();
                achievementId = st.achievementIndex() < 0 ? null : achievements.get(st.achievementIndex()).targetId();
            }
            target.points().add(new Point(f.year(), f.kind(), f.value(), f.valueMax(), f.unit(), f.comparator(),
                    s.targetId(), s.document(), s.documentTitle(), s.documentDate(), s.quote(), status, reason, achievementId));
        }
        return new ArrayList<>(series.values());
    }

    /** Amounts group by base unit when they have one (万亿元 and 亿元 → 元); other figures by unit as written. */
    static String seriesUnit(Figure f) {
        if (f.baseUnit() != null && !f.baseUnit().isBlank() && f.normalizedValue() != null) {
            return f.baseUnit();
        }
        return f.unit() == null ? "" : f.unit();
    }

    static Integer yearStart(String year) {
        return parse(year, 0);
    }

    static Integer yearEnd(String year) {
        return parse(year, 1);
    }

    private static Integer parse(String year, int part) {
        if (year == null || year.isBlank()) {
            return null;
        }
        String[] parts = year.strip().split("-");
        try {
            return Integer.parseInt(parts[Math.min(part, parts.length - 1)]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
