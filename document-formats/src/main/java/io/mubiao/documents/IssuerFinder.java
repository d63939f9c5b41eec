package io.mubiao.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body or speaker and where it came from: the upload's field; a speaker line at the top (天津市市长
 * 张工); a speaker named in a report's summary (市长张工在报告中说); the body holding a press conference
 * (市委召开新闻发布会); the government a report is made for (我代表市人民政府向大会报告工作).
 */
final class IssuerFinder {
    static final Pattern REPORTER = Pattern.compile(
            "((?:市长|省长|区长|县长|州长|主席|总理)[\\p{IsHan}]{2,3}?)在(?:政府工作)?报告中");
    private static final Pattern HOST = Pattern.compile("^([\\p{IsHan}]{2,20}?)(?:召开|举行|举办)[^，。,]{0,8}(?:新闻发布会|发布会)");
    private static final Pattern ON_BEHALF = Pattern.compile("代表([\\p{IsHan}]{2,12}?政府)向");

    private IssuerFinder() {
    }

    static Found<String> find(CleanText clean, TitleFinder.Head head, UploadFields fields) {
        if (fields.issuer() != null && !fields.issuer().isBlank()) {
            return new Found<>(fields.issuer().strip(), "upload");
        }
        for (int i = 0; i < head.lines().size(); i++) {
            String l = head.lines().get(i);
            int s = head.ranges().get(i)[0];
            if (TitleFinder.SPEAKER.matcher(l).matches()) {
                return Found.inText(l, s, s + l.length());
            }
        }
        String opening = clean.text().substring(0, Math.min(clean.text().length(), 3000));
        Matcher m = REPORTER.matcher(opening);
        if (opening.contains("报告中") && m.find()) { // every REPORTER match ends in 报告中: most texts have none
            return Found.inText(m.group(1), m.start(1), m.end(1));
        }
        for (int i = 0; i < head.lines().size(); i++) {
            Matcher h = HOST.matcher(head.lines().get(i));
            if (h.find()) {
                int s = head.ranges().get(i)[0];
                return Found.inText(h.group(1), s + h.start(1), s + h.end(1));
            }
        }
        m = ON_BEHALF.matcher(opening);
        if (m.find()) {
            return Found.inText(m.group(1), m.start(1), m.end(1));
        }
        return null;
    }
}
