package io.mubiao.targets.store;

import java.util.Comparator;

/**
 * Orders extractor versions as versions, not as text: 0.10.0 is newer than 0.9.2, 1.0.0 newer than 1.0.0-rc1
 * (semantic-versioning precedence: numeric parts compared as numbers, missing parts are 0, a pre-release suffix
 * ranks below its release). No version at all ranks below every version.
 */
public final class ExtractorVersions {
    public static final Comparator<String> ORDER = ExtractorVersions::compare;

    private ExtractorVersions() {
    }

    public static int compare(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null || b.isBlank() ? 0 : -1;
        }
        if (b == null || b.isBlank()) {
            return 1;
        }
        String[] pa = split(a.strip());
        String[] pb = split(b.strip());
        int c = compareDotted(pa[0], pb[0], true);
        if (c != 0) {
            return c;
        }
        if (pa[1] == null || pb[1] == null) {
            return pa[1] == null ? (pb[1] == null ? 0 : 1) : -1;
        }
        return compareDotted(pa[1], pb[1], false);
    }

    /** {release, pre-release or null}; build metadata (+…) is ignored, a leading v is allowed. */
    private static String[] split(String v) {
        if (v.startsWith("v") || v.startsWith("V")) {
            v = v.substring(1);
        }
        int plus = v.indexOf('+');
        if (plus >= 0) {
            v = v.substring(0, plus);
        }
        int dash = v.indexOf('-');
        return dash < 0 ? new String[] {v, null} : new String[] {v.substring(0, dash), v.substring(dash + 1)};
    }

    private static int compareDotted(String a, String b, boolean padWithZero) {
        String[] xa = a.split("\\.");
        String[] xb = b.split("\\.");
        int n = Math.max(xa.length, xb.length);
        for (int i = 0; i < n; i++) {
            if (!padWithZero && (i >= xa.length || i >= xb.length)) {
                return Integer.compare(xa.length, xb.length);
            }
            String sa = i < xa.length ? xa[i] : "0";
            String sb = i < xb.length ? xb[i] : "0";
            boolean na = sa.matches("\\d+");
            boolean nb = sb.matches("\\d+");
            int c;
            if (na && nb) {
                c = new java.math.BigInteger(sa).compareTo(new java.math.BigInteger(sb));
            } else if (na != nb) {
                c = na ? -1 : 1; // numeric identifiers rank below alphanumeric ones
            } else {
                c = sa.compareTo(sb);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
