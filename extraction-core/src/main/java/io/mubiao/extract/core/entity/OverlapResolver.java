package io.mubiao.extract.core.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses non-overlapping candidates: the longest first (天津港保税区 over 天津港 and 天津), then the higher tier, then the
 * leftmost. Deterministic for any order of input. A facility that holds a doctrine is dropped first.
 */
final class OverlapResolver {

    private static final Comparator<Span> ORDER = Comparator.comparingInt((Span c) -> -c.length())
            .thenComparingInt(c -> -c.tier())
            .thenComparingInt(Span::start)
            .thenComparing(Span::type)
            .thenComparing(Span::canonical);

    List<Span> resolve(List<Span> candidates, int lineLength) {
        List<Span> sorted = new ArrayList<>(candidates);
        sorted.removeIf(c -> onDoctrine(c, candidates));
        sorted.sort(ORDER);
        boolean[] taken = new boolean[lineLength];
        List<Span> chosen = new ArrayList<>();
        for (Span c : sorted) {
            if (c.end() > lineLength || !free(taken, c)) {
                continue;
            }
            for (int i = c.start(); i < c.end(); i++) {
                taken[i] = true;
            }
            chosen.add(c);
        }
        chosen.sort(Comparator.comparingInt(Span::start));
        return chosen;
    }

    /**
     * A zone named on a doctrine or slogan (美丽中国先行区, 长三角美丽中国先行区: a NOT_A_NAME span inside) is a slogan
     * too, no facility (SCHEMA); its place (长三角) is then a mention of its own.
     */
    private static boolean onDoctrine(Span c, List<Span> candidates) {
        if (!c.type().equals("FACILITY")) {
            return false;
        }
        for (Span d : candidates) {
            if (d.type().equals(Span.NOT_A_NAME) && d.start() >= c.start() && d.end() <= c.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean free(boolean[] taken, Span c) {
        for (int i = c.start(); i < c.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
