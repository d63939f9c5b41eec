package io.mubiao.targets.indicators;

import io.mubiao.contracts.vocabulary.TargetKind;

/**
 * The comparable part of a target or achievement: what is measured, the number as written and in its base unit.
 *
 * @param year "2025" or a span "2021-2025", as stored
 */
public record Figure(String kind, String measure, double value, Double valueMax, String unit, String comparator,
                     String year, Double normalizedValue, String baseUnit) {

    public boolean isTarget() {
        return TargetKind.TARGET.wire().equals(kind);
    }

    public boolean isAchievement() {
        return TargetKind.ACHIEVEMENT.wire().equals(kind);
    }
}
