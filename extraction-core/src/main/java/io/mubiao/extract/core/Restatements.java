package io.mubiao.extract.core;

import java.util.HashSet;
import java.util.Set;

/**
 * Every occurrence of a figure is its own statement (粮食产量达到450万吨 reported for 2025 and planned
 * for 2026 are two), except a restatement inside one section: the same words with the same kind and
 * year under the same headings (a news lead 核心提示 that repeats the body, a paragraph copied twice)
 * say the same thing once.
 */
final class Restatements {
    private final Set<String> seen = new HashSet<>();

    /** True the first time this statement is met in its section. */
    boolean isNew(Target t) {
        return seen.add(String.join("\u0000", String.join("/", t.section()), t.quote(), t.indicator(),
                String.valueOf(t.value()), t.unit(), t.kind(), String.valueOf(t.year())));
    }
}
