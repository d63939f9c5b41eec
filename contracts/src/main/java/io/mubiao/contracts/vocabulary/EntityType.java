package io.mubiao.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/** The type of a named entity mention ({@code type} in shared/eval/SCHEMA.md). */
public enum EntityType {
    /** A person. */
    PERSON("PERSON"),
    /** Government bodies, companies, universities, institutes, funds. */
    ORG("ORG"),
    /** Countries, provinces, cities, districts, towns, rivers, seas, regions such as 京津冀. */
    LOCATION("LOCATION"),
    /** Parks, zones, ports, railways, metro lines, hospitals, venues, named projects and bases. */
    FACILITY("FACILITY"),
    /** Named plans, programmes, actions, laws, strategies: 十四五规划, 海河英才行动计划. */
    POLICY("POLICY"),
    /** Named conferences, forums, expos, competitions. */
    EVENT("EVENT");

    private final String wire;

    EntityType(String wire) {
        this.wire = wire;
    }

    /** The value in events, API and gold files. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Every wire value. */
    public static Set<String> wireValues() {
        return Vocabulary.wireValues(values(), EntityType::wire);
    }

    /** The constant of a wire value; IllegalArgumentException naming the accepted values for any other string. */
    @JsonCreator
    public static EntityType of(String wire) {
        return Vocabulary.of(values(), EntityType::wire, wire, "EntityType");
    }
}
