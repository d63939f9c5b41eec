package io.mubiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The rules on lines seen on other sites than the seeds', and the content lines they must leave alone. */
class BoilerplateRulesTest {
    @Test
    void furniture() {
        assertEquals("breadcrumb", BoilerplateRules.classify("首页 > 政务公开 > 政府工作报告", false));
        assertEquals("editor", BoilerplateRules.classify("【责任编辑：王小明】", false));
        assertEquals("editor", BoilerplateRules.classify("来源：天津市统计局", false));
        assertEquals("copyright", BoilerplateRules.classify("Copyright © 2024 天津市人民政府 All Rights Reserved", false));
        assertEquals("icp", BoilerplateRules.classify("网站标识码：1200000052 津ICP备05004415号-1", false));
        assertEquals("share", BoilerplateRules.classify("【打印】【关闭】", false));
        assertEquals("share", BoilerplateRules.classify("扫一扫在手机打开当前页", false));
        assertEquals("image", BoilerplateRules.classify("P020230118393948226441.png", false));
        assertEquals("navigation", BoilerplateRules.classify("上一篇：关于做好春节期间安全生产工作的通知", false));
        assertEquals("link-list", BoilerplateRules.classify("中国政府网  天津市人民政府网  北京市人民政府网  河北省人民政府网", false));
        assertEquals("page-number", BoilerplateRules.classify("— 12 —", false));
        assertEquals("page-number", BoilerplateRules.classify("12", true));
    }

    @Test
    void rulesOfTheOtherHomesJoinedHere() {
        assertEquals("breadcrumb", BoilerplateRules.classify("新闻中心>>新闻时讯>>正文", false));
        assertEquals("breadcrumb", BoilerplateRules.classify("首页＞政务公开", false));
        assertEquals("editor", BoilerplateRules.classify("（制图：李明）", false));
        assertEquals("icp", BoilerplateRules.classify("主办单位：天津市人民政府办公厅", false));
        assertEquals("icp", BoilerplateRules.classify("技术支持：天津市信息中心", false));
        assertEquals("copyright", BoilerplateRules.classify("本网转载文章如有侵权请联系删除", false));
        assertEquals("link-list", BoilerplateRules.classify("友情链接", false));
    }

    @Test
    void colophonOfAnOfficialDocument() {
        assertEquals("colophon", BoilerplateRules.classify("抄送：市委各部门，市人大常委会办公厅，市政协办公厅。", false));
        assertEquals("colophon", BoilerplateRules.classify("天津市人民政府办公厅 2023年1月5日印发", false));
        assertEquals("colophon", BoilerplateRules.classify("附件：天津市制造业高质量发展行动方案", false));
        assertEquals("colophon", BoilerplateRules.classify("附件2", false));
        assertNull(BoilerplateRules.classify("附件材料不全的不予受理", false), "附件 as a word of a sentence");
        assertNull(BoilerplateRules.classify("附件：1.到2025年，新建5G基站1万个，实现重点场所全覆盖。", false),
                "an attachment's text, not its label");
        assertNull(BoilerplateRules.classify("各区人民政府要认真组织印发", false));
    }

    @Test
    void contentIsKept() {
        assertNull(BoilerplateRules.classify("地区生产总值  12106.0  亿元  5.0%", false), "a table row of figures");
        assertNull(BoilerplateRules.classify("12", false), "a bare number is a page number only in a PDF");
        assertNull(BoilerplateRules.classify("加强知识产权保护，严厉打击侵犯版权行为，推进正版化工作。", false));
        assertNull(BoilerplateRules.classify("天津市市长 张工", false));
        assertNull(BoilerplateRules.classify("（三）完善网站备案和数据安全管理制度，全面落实网络安全责任制，"
                + "压实平台主体责任，提升关键信息基础设施安全防护能力，建立健全数据分类分级保护制度，强化个人信息保护。", false));
    }

    @Test
    void datelineKeepsTheDateAndSourceButNotKeywordsAndButtons() {
        String line = "2021-02-10 09:53来源:天津日报关键词:十四五能源规划收藏点赞";
        assertEquals("2021-02-10 09:53来源:天津日报", line.substring(0, BoilerplateRules.datelineTail(line)));
        assertEquals(-1, BoilerplateRules.datelineTail("2023年全市地区生产总值增长5%，完成收藏"));
    }
}
