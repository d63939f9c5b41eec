package io.mubiao.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/** Whether a figure is planned or reported ({@code kind} in shared/eval/SCHEMA.md). */
public enum TargetKind {
    /** Planned, expected, to be reached: 要, 力争, 预期, 将, a future year, a work plan. */
    TARGET("target"),
    /** Reported as done or measured: 达到, 完成, 实现 in a review of past work, 同比. */
    ACHIEVEMENT("achievement");

    private final String wire;

    TargetKind(String wire) {
        this.wire = wire;
    }

    /** The value in events, API and gold files. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Every wire value. */
    public static Set<String> wireValues() {
        return Vocabulary.wireValues(values(), TargetKind::wire);
    }

    /** The constant of a wire value; IllegalArgumentException naming the accepted values for any other string. */
    @JsonCreator
    public static TargetKind of(String wire) {
        return Vocabulary.of(values(), TargetKind::wire, wire, "TargetKind");
    }
}
