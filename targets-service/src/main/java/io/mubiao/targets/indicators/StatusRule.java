package io.mubiao.targets.indicators;

import io.mubiao.contracts.vocabulary.Measure;
import io.mubiao.contracts.vocabulary.ValueComparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a target was met, judged against the achievements of the same indicator key (docs/api.md, "Status of a
 * target"):
 * <ol>
 * <li>Only achievements for the same year are considered ("2024" for a 2024 target, the span "2021-2025" for a
 *     plan-period target). None: {@code pending}.</li>
 * <li>Of those, the first comparable one decides (the caller orders them newest report first): same measure and
 *     the same unit, or the same base unit with normalized values. Achievements exist but none is comparable:
 *     {@code unknown}.</li>
 * <li>{@code at_least}: met when the achievement is ≥ the target (the lower bound of a range);
 *     {@code at_most}: met when it is ≤ the target (the upper bound of a range).</li>
 * <li>{@code approx} and {@code exact}: met when the achievement lies within the target (or its range) widened by
 *     the tolerance — {@value #PERCENT_TOLERANCE} percentage points for figures in %, {@value #RELATIVE_TOLERANCE}
 *     of the target's size for other units, none for {@code exact}. Outside it, the direction in which the
 *     indicator improves decides: beyond the target on the good side is met, short of it is missed. The direction
 *     comes from the synonym resource, else from the sign of a rate or delta target (增长 5% → up, 下降 3% → down);
 *     with no direction known the status is {@code unknown}.</li>
 * </ol>
 */
public final class StatusRule {
    /** Tolerance of an approx target in %: 5%左右 is met by 4.7% to 5.3%. */
    public static final double PERCENT_TOLERANCE = 0.3;
    /** Tolerance of an approx target in other units, relative to the target: 2万亿元左右 is met by 1.94 to 2.06. */
    public static final double RELATIVE_TOLERANCE = 0.03;
    private static final double EPSILON = 1e-9;

    private StatusRule() {
    }

    /**
     * @param target       a figure of kind target
     * @param achievements achievements of the same indicator key, preferred first (newest report first)
     * @param direction    the direction the synonym resource gives for the key, if any
     */
    public static TargetStatus judge(Figure target, List<Figure> achievements, Optional<Direction> direction) {
        if (target.year() == null || target.year().isBlank()) {
            return TargetStatus.of(TargetStatus.Status.UNKNOWN, "the target has no year to compare against");
        }
        boolean anyForYear = false;
        for (int i = 0; i < achievements.size(); i++) {
            Figure a = achievements.get(i);
            if (!a.isAchievement() || !target.year().equals(a.year())) {
                continue;
            }
            anyForYear = true;
            double[] values = comparableValues(target, a);
            if (values != null) {
                TargetStatus s = compare(target, values[0], values[1], values[2], direction);
                return new TargetStatus(s.status(), s.reason(), i);
            }
        }
        if (anyForYear) {
            return TargetStatus.of(TargetStatus.Status.UNKNOWN, "the achievements reported for " + target.year()
                    + " are not comparable (another measure or unit than " + target.measure() + " in " + target.unit() + ")");
        }
        return TargetStatus.of(TargetStatus.Status.PENDING, "no achievement reported for " + target.year() + " yet");
    }

    /** {targetLow, targetHigh, achieved} in one unit, or null when the two cannot be compared. */
    static double[] comparableValues(Figure t, Figure a) {
        if (t.measure() == null || !t.measure().equals(a.measure())) {
            return null;
        }
        double high = t.valueMax() == null ? t.value() : t.valueMax();
        if (t.unit() != null && t.unit().equals(a.unit())) {
            return new double[] {t.value(), high, a.value()};
        }
        if (t.baseUnit() != null && t.baseUnit().equals(a.baseUnit()) && t.normalizedValue() != null
                && a.normalizedValue() != null && t.value() != 0) {
            double scale = t.normalizedValue() / t.value();
            return new double[] {t.normalizedValue(), high * scale, a.normalizedValue()};
        }
        return null;
    }

    static TargetStatus compare(Figure t, double low, double high, double achieved, Optional<Direction> known) {
        // a figure without a comparator (or one this version does not know) is read as exact
        ValueComparator comparator = t.comparator() != null && ValueComparator.wireValues().contains(t.comparator())
                ? ValueComparator.of(t.comparator()) : ValueComparator.EXACT;
        String shown = format(achieved);
        switch (comparator) {
            case AT_LEAST:
                return achieved >= low - EPSILON
                        ? TargetStatus.of(TargetStatus.Status.MET, shown + " is at least " + format(low))
                        : TargetStatus.of(TargetStatus.Status.MISSED, shown + " is below " + format(low));
            case AT_MOST:
                return achieved <= high + EPSILON
                        ? TargetStatus.of(TargetStatus.Status.MET, shown + " is at most " + format(high))
                        : TargetStatus.of(TargetStatus.Status.MISSED, shown + " is above " + format(high));
            default:
                double tolerance = comparator == ValueComparator.APPROX ? tolerance(t, low, high) : 0;
                if (achieved >= low - tolerance - EPSILON && achieved <= high + tolerance + EPSILON) {
                    return TargetStatus.of(TargetStatus.Status.MET, shown + " is within " + band(low, high, tolerance));
                }
                Optional<Direction> direction = known.isPresent() ? known : implied(t);
                if (direction.isEmpty()) {
                    return TargetStatus.of(TargetStatus.Status.UNKNOWN, shown + " is outside " + band(low, high, tolerance)
                            + " and the indicator's direction is not known");
                }
                boolean above = achieved > high;
                boolean good = above == (direction.get() == Direction.UP);
                return TargetStatus.of(good ? TargetStatus.Status.MET : TargetStatus.Status.MISSED,
                        shown + (above ? " is above " : " is below ") + band(low, high, tolerance)
                                + (good ? ", the better side" : ", the worse side"));
        }
    }

    static double tolerance(Figure t, double low, double high) {
        if ("%".equals(t.unit())) {
            return PERCENT_TOLERANCE;
        }
        return RELATIVE_TOLERANCE * Math.max(Math.abs(low), Math.abs(high));
    }

    /** A rate or delta target says its own direction by its sign: 增长 5% up, 下降 3% down. */
    static Optional<Direction> implied(Figure t) {
        if ((Measure.RATE.wire().equals(t.measure()) || Measure.DELTA.wire().equals(t.measure())) && t.value() != 0) {
            return Optional.of(t.value() > 0 ? Direction.UP : Direction.DOWN);
        }
        return Optional.empty();
    }

    private static String band(double low, double high, double tolerance) {
        String range = low == high ? format(low) : format(low) + "–" + format(high);
        return tolerance == 0 ? "the target " + range : "the target " + range + " ± " + format(tolerance);
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+($|e)", "$1$2").replaceAll("\\.($|e)", "$1");
    }
}
