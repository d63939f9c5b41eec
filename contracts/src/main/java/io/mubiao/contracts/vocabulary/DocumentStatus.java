package io.mubiao.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/** Where a document stands in the pipeline, as the read model has heard ({@code status} of a document in the API). */
public enum DocumentStatus {
    /** documents.ingested seen, no result yet. */
    RECEIVED,
    /** documents.extracted seen: its targets and entities are in. */
    EXTRACTED,
    /** documents.failed seen (or a result that could not be applied). */
    FAILED;

    /** The value in the API: the constant's name. */
    @JsonValue
    public String wire() {
        return name();
    }

    /** Every wire value. */
    public static Set<String> wireValues() {
        return Vocabulary.wireValues(values(), DocumentStatus::wire);
    }

    /** The constant of a wire value; IllegalArgumentException naming the accepted values for any other string. */
    @JsonCreator
    public static DocumentStatus of(String wire) {
        return Vocabulary.of(values(), DocumentStatus::wire, wire, "DocumentStatus");
    }
}
