package io.mubiao.targets.query;

import io.mubiao.web.ProblemException;
import java.util.Collection;

/** Validation of query parameters shared by the filters: 400 problems that name the parameter and what it accepts. */
public final class Checks {
    private Checks() {
    }

    /** The value when it is one of {@code allowed}, null when absent or blank, else a 400 listing the accepted values. */
    public static String oneOf(String name, String value, Collection<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!allowed.contains(v)) {
            throw new ProblemException(400, "Bad Request",
                    "Unknown " + name + " '" + abbreviate(v) + "'; use one of " + allowed.stream().sorted().toList() + ".");
        }
        return v;
    }

    /** A free-text parameter: stripped, null when blank, at most {@link TargetFilter#MAX_TEXT} characters. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > TargetFilter.MAX_TEXT) {
            throw new ProblemException(400, "Bad Request", "'" + name + "' is longer than " + TargetFilter.MAX_TEXT + " characters.");
        }
        return value.strip();
    }

    /**
     * A region parameter as the documents store it (天津, 津 → 天津市; 全国); null when absent; a 400 when it names no
     * administrative area.
     */
    public static String region(String name, String value) {
        String v = text(name, value);
        if (v == null) {
            return null;
        }
        io.mubiao.contracts.regions.Region r = io.mubiao.contracts.regions.Regions.normalize(v);
        if (r == null) {
            throw new ProblemException(400, "Bad Request", "'" + name + "' must name an administrative area: 全国, a "
                    + "province (天津市, 天津 or 津), or a city or district ending in 市, 州, 盟, 区, 县 or 旗; got '" + abbreviate(v) + "'.");
        }
        return r.name();
    }

    /** Escapes LIKE wildcards of user text (used with {@code escape '\'}). */
    public static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
