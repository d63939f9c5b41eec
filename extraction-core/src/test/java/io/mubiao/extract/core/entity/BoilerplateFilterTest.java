package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mubiao.extract.core.entity.BoilerplateFilter.Line;
import io.mubiao.extract.core.entity.BoilerplateFilter.LineKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
    private final BoilerplateFilter filter = new BoilerplateFilter();

    @Test
    void eachLineRuleOfTheSharedHomeGivesItsKind() {
        assertEquals(LineKind.NAVIGATION, filter.classifyLine("当前位置:新闻中心>>新闻时讯>>正文"));
        assertEquals(LineKind.URL, filter.classifyLine("http://epaper.tianjinwe.com/tjrb/html/2023-06/02/x.htm"));
        assertEquals(LineKind.LEGAL, filter.classifyLine("津公网安备 12010102000341号"));
        assertEquals(LineKind.BLANK, filter.classifyLine("   "));
        assertEquals(LineKind.CONTENT, filter.classifyLine("全市地区生产总值增长5%左右。"));
    }

    @Test
    void theLinesAfterALinkListHeaderAreLinksUntilContentComesBack() {
        String text = "相关政府网站\n中国政府网  天津政务网  北京市政府网\n全市地区生产总值增长5%左右，居民收入稳步增长。";
        List<Line> lines = filter.classify(text);
        assertEquals(LineKind.LINK_LIST, lines.get(0).kind());
        assertEquals(LineKind.LINK_LIST, lines.get(1).kind(), "short items split by runs of spaces under the header");
        assertEquals(LineKind.CONTENT, lines.get(2).kind());
    }

    @Test
    void aLongParagraphWithSentencesIsContentWhateverItMentions() {
        String paragraph = "版权所有的保护力度持续加大。" + "全市推进知识产权强市建设，".repeat(30);
        assertEquals(LineKind.CONTENT, filter.classifyLine(paragraph));
    }

    @Test
    void linesKeepTheirOffsetsWithoutTheTerminator() {
        List<Line> lines = filter.classify("首页 | 新闻中心 | 联系我们\r\n正文。");
        assertEquals(0, lines.get(0).start());
        assertEquals("首页 | 新闻中心 | 联系我们".length(), lines.get(0).end());
        assertEquals(lines.get(0).end() + 2, lines.get(1).start());
    }

    @Test
    void theSharedRuleNamesMapOntoLineKinds() {
        assertEquals(LineKind.CONTENT, BoilerplateFilter.kindOf(null));
        assertEquals(LineKind.CREDIT, BoilerplateFilter.kindOf("editor"));
        assertEquals(LineKind.LEGAL, BoilerplateFilter.kindOf("colophon"));
        assertEquals(LineKind.LINK_LIST, BoilerplateFilter.kindOf("link-list"));
        assertEquals(LineKind.NAVIGATION, BoilerplateFilter.kindOf("breadcrumb"));
    }
}
