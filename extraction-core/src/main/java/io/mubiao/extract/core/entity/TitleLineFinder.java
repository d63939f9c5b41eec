package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan document's title on a line of its own is the name of the plan (上海市促进商业航天发展打造空间信息产业高地行动计划
 * （2023-2025年）, 上海关于贯彻落实《“十四五”全国农业机械化发展规划》的实施意见) → POLICY, its years kept. Only the endings of
 * plans and rules (not 报告, 通知, 公报: 政府工作报告 is a report), no sentence punctuation, a markdown heading's # aside.
 */
final class TitleLineFinder implements NameFinder {

    private static final Pattern TITLE = Pattern.compile(
            "^\\s*(?:#+\\s*)?([\\p{IsHan}“”《》<>\\p{Alnum}]{6,60}(?:规划|纲要|方案|意见|计划|办法|条例|细则|措施)"
                    + "(?:[（(][\\d—–\\-～~年]+[）)])?)\\s*$");

    @Override
    public void find(LineContext line, List<Span> out) {
        if (line.s.length() > 80) {
            return;
        }
        Matcher m = TITLE.matcher(line.s);
        if (m.matches()) {
            out.add(new Span(m.start(1), m.end(1), "POLICY", m.group(1), 3));
        }
    }
}
