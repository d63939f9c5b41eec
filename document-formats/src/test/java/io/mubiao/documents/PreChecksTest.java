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
    private static final String[] AWKWARD = {
            "P020230118393948226441.png", "PHOTO (1).JPEG", "a.Png", "x.TIFF", "~[a]-b_c d.svg", "a.b.c.webp", ".png", "a.pngx",
            "a\u212a.png", "\u017f.svg", "x".repeat(120) + ".jpeg", "x".repeat(121) + ".jpg",
            "http://www.gov.cn/a.htm", "https://x.cn", "www.tj.gov.cn", "WWW.tj.gov.cn", "Www.x.cn", "HTTP://x.cn", "http://a b",
            "Copyright © 2024", "COPYRIGHT", "(C) 2023 天津", "(c)2024", "©天津", "版权所有", "免责声明：", "凡来源注明本网的均为原创",
            "未经授权不得转载", "津ICP备05004415号", "ICP证", "公网安备", "网站标识码：12", "投稿邮箱", "新闻线索", "举报电话：12345",
            "分享到：微信", "【打印】【关闭】", "[打印] [关闭]", "收藏 点赞 转发", "QQ空间 微信", "微博", "【大 中 小】", "字号：大",
            "【字体：大", "[字体：大", "扫码", "用手机看", "返回顶部", "加入收藏", "设为首页", "查看更多", "更多 >", "更多>>", ">>更多", "更多+",
            "2021-02-10 09:53来源:天津日报", "2021年2月10日 09：53", "发布时间： 2021-02-10", "日期:\t2020/1/2", "时间：\u3000 2021年1月2日",
            "2023年1月11日在天津市第十八届人民代表大会上", "2023年1月11日于北京", "市长张工在报告中说", "市长张工在政府工作报告中提出",
    };

    private static List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(AWKWARD));
        for (String a : AWKWARD) {
            lines.add(a.toUpperCase());
            lines.add(a.toLowerCase());
            lines.add("\t" + a + " \u3000");
        }
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
