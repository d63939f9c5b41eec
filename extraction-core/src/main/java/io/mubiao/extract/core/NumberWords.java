package io.mubiao.extract.core;

import java.util.List;
import java.util.Map;

/**
 * The word lists of {@code extraction/numbers.txt} that decide whether a number is a figure: rank verbs
 * and scopes (位居全国第三), the verbs that make a digit-less magnitude a figure (超千亿元), and the words
 * that make a number written in words part of a name or a term (十项行动, 城乡二元结构).
 */
final class NumberWords {
    private static final Map<String, List<String>> WORDS = Lexicon.load("numbers.txt");

    private NumberWords() {
    }

    /** The words of a section of {@code numbers.txt}; a section it does not have fails (never a silent empty list). */
    static List<String> list(String section) {
        List<String> words = WORDS.get(section);
        if (words == null) {
            throw Lexicon.missing(section, "numbers.txt");
        }
        return words;
    }

    /** Longest word of {@code section} starting at {@code at}, or null. */
    static String startingAt(CharSequence text, int at, String section) {
        for (String w : list(section)) {
            if (at >= 0 && at + w.length() <= text.length() && Lexicon.regionMatches(text, at, w)) {
                return w;
            }
        }
        return null;
    }

    /** Longest word of {@code section} ending at {@code end}, not before {@code from}, or null. */
    static String endingAt(CharSequence text, int from, int end, String section) {
        for (String w : list(section)) {
            if (end - w.length() >= from && end <= text.length() && Lexicon.regionMatches(text, end - w.length(), w)) {
                return w;
            }
        }
        return null;
    }
}
