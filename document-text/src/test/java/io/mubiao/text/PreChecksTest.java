package io.mubiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests run before the regexes: each must pass every text its regex matches, or a rule would silently
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
        try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                lines.addAll(List.of(Files.readString(seed, StandardCharsets.UTF_8).split("\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    @Test
    void lineRulesPassTheirPreChecks() {
        for (String line : lines()) {
            String t = line.strip();
            assertPasses(BoilerplateRules.IMAGE.matcher(t).matches(), BoilerplateRules.mayBeImageName(t), "image", t);
            assertPasses(BoilerplateRules.URL.matcher(t).matches(), t.startsWith("http") || t.startsWith("www."), "url", t);
            assertPasses(find(BoilerplateRules.COPYRIGHT, t), BoilerplateRules.hasAnyOf(t, BoilerplateRules.COPYRIGHT_CHARS), "copyright", t);
            assertPasses(find(BoilerplateRules.ICP, t), BoilerplateRules.hasAnyOf(t, BoilerplateRules.ICP_CHARS), "icp", t);
            assertPasses(find(BoilerplateRules.CONTACT, t), BoilerplateRules.hasAnyOf(t, BoilerplateRules.CONTACT_CHARS), "contact", t);
            assertPasses(find(BoilerplateRules.SHARE, t), BoilerplateRules.hasAnyOf(t, BoilerplateRules.SHARE_CHARS), "share", t);
            assertPasses(find(BoilerplateRules.MORE, t), t.contains("更多"), "more", t);
            assertPasses(find(DocumentDates.SPEECH, line), line.contains("日在") || line.contains("日于"), "speech", line);
            assertPasses(find(DocumentDates.DATELINE, line), DocumentDates.hasColonBeforeDigit(line), "dateline", line);
        }
    }

    @Test
    void caseOfImageNamesAndUrlsIsTheRegexes() {
        assertEquals("image", BoilerplateRules.classify("PHOTO (1).JPEG", false));
        assertEquals("image", BoilerplateRules.classify("  a.TiF ", false));
        assertNull(BoilerplateRules.classify("a.\u017fvg", false), "(?i) folds ASCII letters only");
        assertEquals("url", BoilerplateRules.classify("www.tj.gov.cn", false));
        assertNull(BoilerplateRules.classify("WWW.tj.gov.cn", false), "the URL rule is case-sensitive");
        assertNull(BoilerplateRules.classify("HTTP://x.cn", false));
        assertEquals("copyright", BoilerplateRules.classify("COPYRIGHT 2024 天津", false));
        assertEquals("share", BoilerplateRules.classify("QQ空间 微信", false));
    }

    @Test
    void listLinesRefuseDigitsAndPunctuationAnywhere() {
        assertEquals("link-list", BoilerplateRules.listLine("政务 服务 互动 交流"));
        assertEquals("navigation", BoilerplateRules.listLine("首页｜政务｜服务"));
        assertNull(BoilerplateRules.listLine("政务  服务  互动１"), "a full-width digit");
        assertNull(BoilerplateRules.listLine("政务 服务 互动 交流。"));
        assertNull(BoilerplateRules.listLine("政务 服务 互动 abc"), "every item of a row split at single spaces holds Han");
        assertTrue(BoilerplateRules.hasDigitOrSentencePunctuation("互动\u0661"));
        assertFalse(BoilerplateRules.hasDigitOrSentencePunctuation("政务 | 服务"));
    }

    private static boolean find(Pattern p, String s) {
        return p.matcher(s).find();
    }

    private static void assertPasses(boolean regexMatches, boolean preCheck, String rule, String line) {
        assertTrue(!regexMatches || preCheck, rule + "'s pre-check refuses a line its regex matches: " + line);
    }
}
