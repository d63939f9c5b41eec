package io.mubiao.documents;

import io.mubiao.text.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's genre (政府工作报告, 规划, 行动方案, 新闻发布会, 通知, …): from the words of its title and the
 * title-like lines at its top, then from what its opening says it is (我代表市人民政府向大会报告工作, 召开新闻发布会,
 * 组织实施十项行动), then from its structure (a review of last year and a plan for this one is a work report).
 */
final class GenreFinder {
    /** Title words, most specific first: "关于印发…规划的通知" is a 通知. */
    private static final Map<String, Pattern> TITLE_WORDS = new LinkedHashMap<>();
    /** What an opening says the document is. */
    private static final Map<String, Pattern> OPENING_CUES = new LinkedHashMap<>();

    static {
        TITLE_WORDS.put("通知", Pattern.compile("通知$|的通知"));
        TITLE_WORDS.put("通报", Pattern.compile("通报$"));
        TITLE_WORDS.put("意见", Pattern.compile("(?:指导|实施)?意见$"));
        TITLE_WORDS.put("办法", Pattern.compile("办法(?:[（(]试行[）)])?$"));
        TITLE_WORDS.put("条例", Pattern.compile("条例$"));
        TITLE_WORDS.put("决定", Pattern.compile("的决定$"));
        TITLE_WORDS.put("公告", Pattern.compile("(?:公告|通告)$"));
        TITLE_WORDS.put("讲话", Pattern.compile("讲话$"));
        TITLE_WORDS.put("政府工作报告", Pattern.compile("政府工作报告"));
        TITLE_WORDS.put("新闻发布会", Pattern.compile("新闻发布会|发布会|新闻发言人|答记者问|吹风会"));
        TITLE_WORDS.put("行动方案", Pattern.compile("行动方案|行动计划|实施方案|工作方案|[一二三四五六七八九十\\d]+项行动"));
        TITLE_WORDS.put("规划", Pattern.compile("规划|纲要"));
        TITLE_WORDS.put("公报", Pattern.compile("统计公报|公报$"));
        TITLE_WORDS.put("报告", Pattern.compile("报告$"));

        OPENING_CUES.put("政府工作报告", Pattern.compile("向大会报告(?:政府)?工作|代表[^，。,]{0,10}政府[^，。,]{0,6}报告工作"
                + "|(?:市长|省长|区长|县长|州长|主席|总理)[^，。,]{0,4}在(?:政府工作)?报告中"));
        OPENING_CUES.put("新闻发布会", Pattern.compile("(?:召开|举行|举办)[^，。,]{0,8}新闻发布会|新闻发言人"));
        OPENING_CUES.put("行动方案", Pattern.compile("(?:组织)?实施[^，。,；]{0,12}行动(?=[。，,；])|[一二三四五六七八九十\\d]+项行动"));
        OPENING_CUES.put("规划", Pattern.compile("本规划|规划纲要|规划期"));
        OPENING_CUES.put("通知", Pattern.compile("现(?:将|予)[^，。]{0,20}(?:印发|通知如下)"));
    }

    private static final Pattern YEAR_REVIEW = Pattern.compile("^(?:19|20)\\d\\d年?(?:工作)?回顾");
    private static final Pattern YEAR_PLAN = Pattern.compile("^(?:19|20)\\d\\d年?(?:工作)?(?:安排|计划|重点)");

    private GenreFinder() {
    }

    static Found<String> find(CleanText clean, Found<String> title, List<Section> sections, List<String> headLines,
                              List<int[]> headRanges, UploadFields fields) {
        if (fields.genre() != null && !fields.genre().isBlank()) {
            return new Found<>(fields.genre().strip(), "upload");
        }
        if (title != null) {
            for (Map.Entry<String, Pattern> e : TITLE_WORDS.entrySet()) {
                Matcher m = e.getValue().matcher(title.value());
                if (m.find()) {
                    return new Found<>(e.getKey(), shift(title.source(), m.start(), m.end()));
                }
            }
        }
        for (int i = 0; i < headLines.size(); i++) {
            for (Map.Entry<String, Pattern> e : TITLE_WORDS.entrySet()) {
                Matcher m = e.getValue().matcher(headLines.get(i));
                if (m.find()) {
                    int s = headRanges.get(i)[0];
                    return Found.inText(e.getKey(), s + m.start(), s + m.end());
                }
            }
        }
        String opening = clean.text().substring(0, Math.min(clean.text().length(), 3000));
        for (Map.Entry<String, Pattern> e : OPENING_CUES.entrySet()) {
            Matcher m = e.getValue().matcher(opening);
            if (m.find()) {
                return Found.inText(e.getKey(), m.start(), m.end());
            }
        }
        Section review = null;
        Section plan = null;
        for (Section s : sections) {
            if (review == null && YEAR_REVIEW.matcher(s.heading()).find()) {
                review = s;
            }
            if (plan == null && YEAR_PLAN.matcher(s.heading()).find()) {
                plan = s;
            }
        }
        if (review != null && plan != null) {
            return Found.inText("政府工作报告", plan.start(), plan.start() + plan.heading().length());
        }
        return null;
    }

    /** A match inside a title found in the text is located in the text; any other source stays as it is. */
    private static String shift(String source, int from, int to) {
        if (source.startsWith("text:")) {
            int start = Integer.parseInt(source.substring(5, source.indexOf('-')));
            return "text:" + (start + from) + "-" + (start + to);
        }
        return source;
    }
}
