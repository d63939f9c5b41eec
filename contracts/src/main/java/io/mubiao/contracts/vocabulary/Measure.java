package io.mubiao.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/** What a figure measures ({@code measure} in shared/eval/SCHEMA.md). */
public enum Measure {
    /** A quantity or count: 2400万标准箱, 5000个, 30万亩. */
    AMOUNT("amount"),
    /** A percentage change: 增长5%, 下降7.3%. */
    RATE("rate"),
    /** A dimensionless level: 比重23%, 研发投入强度3.66%, 失业率5.5%. */
    SHARE("share"),
    /** An absolute change from before: 增加36天, 提升0.5个百分点. */
    DELTA("delta");

    private final String wire;

    Measure(String wire) {
        this.wire = wire;
    }

    /** The value in events, API and gold files. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Every wire value. */
    public static Set<String> wireValues() {
        return Vocabulary.wireValues(values(), Measure::wire);
    }

    /** The constant of a wire value; IllegalArgumentException naming the accepted values for any other string. */
    @JsonCreator
    public static Measure of(String wire) {
        return Vocabulary.of(values(), Measure::wire, wire, "Measure");
    }
}
