package io.mubiao.targets.query;

import io.mubiao.contracts.vocabulary.RegionLevel;
import io.mubiao.web.ProblemException;
import java.util.Set;

/**
 * The parameters of {@code GET /indicators/{key}/regions}, validated: a year and a kind are required (a comparison
 * of regions is of one year's targets or one year's results), measure and region level narrow it.
 */
public record RegionFilter(int year, String kind, String measure, String regionLevel) {
    public static final Set<String> LEVELS = RegionLevel.wireValues();

    public RegionFilter {
        kind = Checks.oneOf("kind", kind, TargetFilter.KINDS);
        measure = Checks.oneOf("measure", measure, TargetFilter.MEASURES);
        regionLevel = Checks.oneOf("regionLevel", regionLevel, LEVELS);
        if (kind == null) {
            throw new ProblemException(400, "Bad Request", "'kind' is required: target or achievement.");
        }
        if (year < TargetFilter.MIN_YEAR || year > TargetFilter.MAX_YEAR) {
            throw new ProblemException(400, "Bad Request", "'year' must be between " + TargetFilter.MIN_YEAR + " and "
                    + TargetFilter.MAX_YEAR + "; got " + year + ".");
        }
    }

    /** @param year the parameter as parsed; null when absent */
    public static RegionFilter of(Integer year, String kind, String measure, String regionLevel) {
        if (year == null) {
            throw new ProblemException(400, "Bad Request", "'year' is required: the year the figures are for (2026).");
        }
        return new RegionFilter(year, kind, measure, regionLevel);
    }
}
