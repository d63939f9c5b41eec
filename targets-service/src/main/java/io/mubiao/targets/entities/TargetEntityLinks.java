package io.mubiao.targets.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which entity mentions belong to a target: those lying inside the target's sentence
 * [{@code sentenceStart}, {@code sentenceEnd}), or inside its quote [{@code start}, {@code end}) when the
 * extractor gave no sentence range.
 */
public final class TargetEntityLinks {
    /** A mention's range and the entity it names. */
    public record Mention(String entityId, int start, int end) {
    }

    private TargetEntityLinks() {
    }

    /** The range a target's entities are taken from: {start, end}. */
    public static int[] range(int start, int end, Integer sentenceStart, Integer sentenceEnd) {
        if (sentenceStart != null && sentenceEnd != null && sentenceStart <= sentenceEnd) {
            return new int[] {sentenceStart, sentenceEnd};
        }
        return new int[] {start, end};
    }

    /** Distinct entity ids of the mentions inside the range, in the mentions' order. */
    public static List<String> entitiesWithin(int[] range, List<Mention> mentions) {
        Set<String> ids = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.start() >= range[0] && m.end() <= range[1] && m.start() < m.end()) {
                ids.add(m.entityId());
            }
        }
        return new ArrayList<>(ids);
    }
}
