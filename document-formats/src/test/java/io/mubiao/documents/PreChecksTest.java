package io.mubiao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests run before the regexes (those of the line rules are document-text's PreChecksTest): each must pass every text its regex matches, or a rule would silently
 * stop firing. Pinned to the regexes themselves on awkward lines and on every seed line.
 */
class PreChecksTest {
    /** Lines with and without a reported-speech lead (the line rules' awkward lines are document-text's). */
    private static final String[] AWKWARD = {
            "市长张工在报告中说", "市长张工在政府工作报告中提出", "在报告中", "报告中指出：2023年", "张工说，报告", "",
    };

    private static List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(AWKWARD));
        for (var seed : Seeds.all()) {
            lines.addAll(List.of(Seeds.text(seed).split("\n")));
        }
        return lines;
    }

    @Test
    void reporterPassesItsPreCheck() {
        for (String line : lines()) {
            assertPasses(find(IssuerFinder.REPORTER, line), line.contains("报告中"), "reporter", line);
        }
    }

    @Test
    void controlAndSpaceChecksAgreeWithTheirRegexesOnEveryChar() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = "中" + c + "文";
            if (CleanText.CONTROLS.matcher(s).find() != CleanText.hasControl(s)) {
                fail("control U+" + Integer.toHexString(c));
            }
            if (!CleanText.SPACES.matcher(s).replaceAll(" ").equals(s) != CleanText.collapsesSpaces(s)) {
                fail("space U+" + Integer.toHexString(c));
            }
        }
        String chars = " \t\n\u000b\f\r\u00a0\u3000\u2007\u202f\u200b\ufeff\u2003\u0085\u2028a中";
        for (char a : chars.toCharArray()) {
            for (char b : chars.toCharArray()) {
                for (String s : new String[] {"" + a + b, "中" + a + b + "文", "中" + a + "文" + b}) {
                    assertEquals(!CleanText.SPACES.matcher(s).replaceAll(" ").equals(s), CleanText.collapsesSpaces(s),
                            "spaces U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
                }
            }
        }
    }

    @Test
    void everyLineBreakEndsALine() {
        String text = "第一句。\r\n第二句。\r第三句。\u2028第四句。\u2029第五句。\u000b第六句。\f第七句。\u0085第八句。\n\n"
                + "\t第九\u0001句。\u00a0\r\n";
        CleanText clean = CleanText.of(new RawDocument(List.of(RawDocument.Block.text(text)), null, "UTF-8", false));
        assertEquals("第一句。\n第二句。\n第三句。\n第四句。\n第五句。\n第六句。\n第七句。\n第八句。\n第九句。", clean.text());
    }

    private static boolean find(Pattern p, String s) {
        return p.matcher(s).find();
    }

    private static void assertPasses(boolean regexMatches, boolean preCheck, String rule, String line) {
        assertTrue(!regexMatches || preCheck, rule + "'s pre-check refuses a line its regex matches: " + line);
    }
}
