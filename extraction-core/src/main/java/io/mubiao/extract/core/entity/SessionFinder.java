package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sessions and plans named by number: party plenums (市委十二届三次全会, 党的二十届四中全会), party congresses (党的二十大),
 * people's congresses (天津市第十八届人民代表大会第四次会议), games by their short name (第十五届全运会), five-year plans (“十四五”规划), and the event of a speech
 * frame (在全市经济工作会议上, which needs a place or body inside).
 */
final class SessionFinder implements NameFinder {

    private static final String CN_NUM = "[一二三四五六七八九十百零〇]";
    private static final Pattern AT_EVENT = Pattern.compile(
            "在([^，。；：、“”《》\\s,;:]{2,30}?(座谈会|会议|大会|论坛|峰会|博览会|发布会|年会|全会|交流会|推进会|动员会|研讨会|交易会))上");
    private static final Pattern SESSION = Pattern.compile(
            "(中共|中国共产党)?(中央|市委|省委|区委|县委|党的|党)?(第?" + CN_NUM + "+届)(中央委员会|市委|省委)?((第?" + CN_NUM
                    + "+次、)*第?" + CN_NUM + "+次|" + CN_NUM + "中)全(体)?会(议)?");
    private static final Pattern PLENUM = Pattern.compile("(中央|市委|省委|区委|县委)全会");
    private static final Pattern CONGRESS = Pattern.compile("党的" + CN_NUM + "+大");
    private static final Pattern PEOPLES_CONGRESS = Pattern.compile(
            "(全国|[市省区县])?第?" + CN_NUM + "+届(全国|[市省区县])?(人民代表大会|人大|政协|政治协商会议)(委员会)?(常务委员会|常委会)?第?"
                    + CN_NUM + "+次(全体)?会议");
    /** The short form of a games' name: 全运会, 省运会, 第九届残运会 (运动会 shortened to 运会 after one character). */
    private static final Pattern GAMES = Pattern.compile("(第" + CN_NUM + "+届)?[全省市亚奥残冬青军学]运会");
    private static final Pattern FIVE_YEAR = Pattern.compile("(“十" + CN_NUM + "五”|十" + CN_NUM + "五)(时期)?(规划纲要|规划)");

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        if (s.indexOf('在') >= 0 && s.indexOf('上') >= 0) {
            atEvent(line, out);
        }
        boolean plenum = s.indexOf("全会") >= 0 || s.indexOf("全体会议") >= 0;
        if (plenum) {
            sessions(line, SESSION, out);
            sessions(line, PLENUM, out);
        }
        if (s.indexOf("党的") >= 0) {
            sessions(line, CONGRESS, out);
        }
        if (s.indexOf('届') >= 0 && s.indexOf("会议") >= 0) {
            sessions(line, PEOPLES_CONGRESS, out);
        }
        if (s.indexOf("运会") >= 0) {
            Matcher m = GAMES.matcher(s);
            while (m.find()) {
                out.add(new Span(m.start(), m.end(), "EVENT", m.group(), 3));
            }
        }
        if (s.indexOf("规划") >= 0) {
            Matcher m = FIVE_YEAR.matcher(s);
            while (m.find()) {
                out.add(new Span(m.start(), m.end(), "POLICY", m.group().replace("“", "").replace("”", ""), 3));
            }
        }
    }

    private static void atEvent(LineContext line, List<Span> out) {
        Matcher m = AT_EVENT.matcher(line.s);
        while (m.find()) {
            boolean anchor = false;
            for (int i = m.start(1); i < m.end(1) && !anchor; i++) {
                anchor = line.isAnchor(line.unitAt(i));
            }
            if (anchor) {
                out.add(new Span(m.start(1), m.end(1), "EVENT", m.group(1), 3));
            }
        }
    }

    private static void sessions(LineContext line, Pattern p, List<Span> out) {
        Matcher m = p.matcher(line.s);
        while (m.find()) {
            int st = m.start();
            if (p == PEOPLES_CONGRESS && st > 0) {
                Unit prev = line.unitAt(st - 1);
                if (prev.isType("LOCATION") && prev.end() == st) {
                    st = prev.start(); // 天津市第十八届人民代表大会第一次会议
                }
            }
            String t = line.s.substring(st, m.end());
            Gazetteer.Entry e = line.gazetteer.lookup(t);
            out.add(new Span(st, m.end(), "EVENT", e != null ? e.canonical() : t, 3));
        }
    }
}
