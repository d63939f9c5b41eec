package io.mubiao.extract.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A five-year plan (规划纲要, 十四五规划) plans throughout: unless a passage says otherwise its figures
 * are targets for the plan period. Recognized from a title line near the top of the document.
 */
public final class PlanDocuments {
    private static final Pattern TITLE = Pattern.compile("十[一二三四五六七八九]五”?[^，。]{0,12}(规划|纲要)");
    private static final Pattern SPAN_TITLE = Pattern.compile("((?:19|20)\\d\\d)\\s*[-—–至]\\s*((?:19|20)\\d\\d)年?[^，。]{0,16}(规划|纲要|计划|方案)");

    private PlanDocuments() {
    }

    /** The document-wide scope of a plan, or {@link TimeScope#NONE}. */
    public static TimeScope scope(String text) {
        int pos = 0;
        int lines = 0;
        while (pos < text.length() && lines < 20) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = text.length();
            }
            String line = text.substring(pos, eol).strip();
            pos = eol + 1;
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            if (line.length() > 60) {
                continue;
            }
            Matcher m = SPAN_TITLE.matcher(line);
            if (m.find()) {
                return new TimeScope("target", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = TITLE.matcher(line);
            if (m.find()) {
                int[] span = TimeCues.planPeriod(m.group());
                if (span != null) {
                    return new TimeScope("target", span[0], span[1]);
                }
            }
        }
        return TimeScope.NONE;
    }
}
