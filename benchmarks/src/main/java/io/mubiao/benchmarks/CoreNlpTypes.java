package io.mubiao.benchmarks;

import java.util.Map;

/**
 * CoreNLP's Chinese NER tags (coarse: PERSON, ORGANIZATION, GPE, LOCATION, FACILITY, MISC, DEMONYM, numeric ones;
 * fine-grained from its Chinese regexner: CITY, STATE_OR_PROVINCE, COUNTRY, …) → the project's entity types. Tags
 * with no counterpart (MISC, DEMONYM, TITLE, NUMBER, DATE, …) map to null and are dropped before scoring.
 */
public final class CoreNlpTypes {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("PERSON", "PERSON"),
            Map.entry("ORGANIZATION", "ORG"),
            Map.entry("GPE", "LOCATION"),
            Map.entry("LOCATION", "LOCATION"),
            Map.entry("CITY", "LOCATION"),
            Map.entry("STATE_OR_PROVINCE", "LOCATION"),
            Map.entry("COUNTRY", "LOCATION"),
            Map.entry("FACILITY", "FACILITY"));

    private CoreNlpTypes() {
    }

    /** The project type of a CoreNLP tag, or null when the project has none. */
    public static String projectType(String coreNlpTag) {
        return coreNlpTag == null ? null : TYPES.get(coreNlpTag);
    }
}
