package io.mubiao.contracts.vocabulary;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the vocabulary enums share: their wire values as a set, and parsing one with a message naming the others. */
final class Vocabulary {
    private Vocabulary() {
    }

    static <E extends Enum<E>> Set<String> wireValues(E[] constants, Function<E, String> wire) {
        return Arrays.stream(constants).map(wire).collect(Collectors.toUnmodifiableSet());
    }

    static <E extends Enum<E>> E of(E[] constants, Function<E, String> wire, String value, String what) {
        for (E e : constants) {
            if (wire.apply(e).equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + value + "'; one of "
                + Arrays.stream(constants).map(wire).toList());
    }
}
