package io.mubiao.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/** How the value bounds the figure ({@code comparator} in shared/eval/SCHEMA.md). */
public enum ValueComparator {
    /** 左右, 约, 近, 接近. */
    APPROX("approx"),
    /** 以上, 超过, 突破, 不低于, 逾, 多; a range's lower bound. */
    AT_LEAST("at_least"),
    /** 以内, 以下, 不超过, 控制在…以内. */
    AT_MOST("at_most"),
    /** None of these words. */
    EXACT("exact");

    private final String wire;

    ValueComparator(String wire) {
        this.wire = wire;
    }

    /** The value in events, API and gold files. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Every wire value. */
    public static Set<String> wireValues() {
        return Vocabulary.wireValues(values(), ValueComparator::wire);
    }

    /** The constant of a wire value; IllegalArgumentException naming the accepted values for any other string. */
    @JsonCreator
    public static ValueComparator of(String wire) {
        return Vocabulary.of(values(), ValueComparator::wire, wire, "ValueComparator");
    }
}
