package io.mubiao.extract.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures found so far in one stretch of a sentence and the characters they cover: a character belongs to
 * one figure, so a rule run later cannot read it again (the 三 of 三分之一 is not also a count, the 一 of 全国第一
 * not a number). Offsets given to {@link #claim} and {@link #add} are relative to the stretch.
 */
final class FigureClaims {
    private final int offset;
    private final boolean[] taken;
    private final List<Mention> mentions = new ArrayList<>();

    FigureClaims(int from, int to) {
        this.offset = from;
        this.taken = new boolean[to - from];
    }

    /** Where the stretch starts in the text. */
    int offset() {
        return offset;
    }

    /** A figure read by a pattern over {@code [s, e)} of the stretch, its number ending where it ends. */
    void claim(int s, int e, double value, String unit, String comparator, String measure) {
        add(s, e, new Mention(offset + s, offset + e, offset + e, value, null, unit, comparator, measure, 0));
    }

    /** Keeps {@code mention} over {@code [s, e)} of the stretch unless a character of it is already taken. */
    void add(int s, int e, Mention mention) {
        for (int k = s; k < e; k++) {
            if (taken[k]) {
                return;
            }
        }
        for (int k = s; k < e; k++) {
            taken[k] = true;
        }
        mentions.add(mention);
    }

    /** Keeps {@code mention} and takes its text offsets {@code [start, end)} within the stretch. */
    void addAt(Mention mention) {
        take(mention.start(), mention.end());
        mentions.add(mention);
    }

    /** Takes text offsets {@code [start, end)}, as far as the stretch goes. */
    void take(int start, int end) {
        for (int t = start; t < end && t - offset < taken.length; t++) {
            taken[t - offset] = true;
        }
    }

    /** Whether text offset {@code at} belongs to a figure already. */
    boolean isTaken(int at) {
        return taken[at - offset];
    }

    List<Mention> mentions() {
        return mentions;
    }
}
