package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbered metro lines with their system word or section (地铁4号线, Z4号线一期, 轨道交通11号线延伸线). */
final class MetroLineFinder implements NameFinder {

    private static final Pattern METRO_LINE = Pattern.compile(
            "(地铁|轨道交通|轨道|[MZB])?\\d{1,2}号线(一期|二期|三期|东段|西段|南段|北段|延伸线)?");

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        if (s.indexOf("号线") < 0) {
            return;
        }
        Matcher m = METRO_LINE.matcher(s);
        while (m.find()) {
            // a bare 4号线 is a line only with its system word or after 地 (地铁): 新增3号线 is ambiguous
            if (m.group(1) != null || m.start() > 0 && s.charAt(m.start() - 1) == '地') {
                out.add(new Span(m.start(), m.end(), "FACILITY", m.group(), 2));
            }
        }
    }
}
