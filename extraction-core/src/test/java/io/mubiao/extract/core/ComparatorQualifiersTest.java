package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Comparators.ofQualifiers: a figure with nothing around it but its qualifiers, as a table cell writes it. */
class ComparatorQualifiersTest {
    @Test
    void signsAndWordsBeforeOrAfterTheNumber() {
        assertEquals("at_least", Comparators.ofQualifiers("≥", null));
        assertEquals("at_least", Comparators.ofQualifiers("＞", null));
        assertEquals("at_least", Comparators.ofQualifiers("不低于", null));
        assertEquals("at_least", Comparators.ofQualifiers(null, "以上"));
        assertEquals("at_most", Comparators.ofQualifiers("≤", null));
        assertEquals("at_most", Comparators.ofQualifiers("不超过", null));
        assertEquals("at_most", Comparators.ofQualifiers(null, "以内"));
        assertEquals("approx", Comparators.ofQualifiers("约", null));
        assertEquals("approx", Comparators.ofQualifiers(null, "左右"));
        assertEquals("exact", Comparators.ofQualifiers(null, null));
    }

    @Test
    void theWordBeforeSetsTheCap() {
        assertEquals("at_most", Comparators.ofQualifiers("不超过", "左右"));
    }

    @Test
    void theListsComeLongestFirst() {
        var before = Comparators.qualifiersBefore();
        assertTrue(before.indexOf(">=") < before.indexOf(">"), ">= before >");
        assertTrue(before.indexOf("不超过") < before.indexOf("超"), "不超过 before 超");
        assertTrue(Comparators.qualifiersAfter().contains("以上"));
    }
}
