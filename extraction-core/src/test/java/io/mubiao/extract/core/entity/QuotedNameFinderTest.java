package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotedNameFinderTest {

    private final QuotedNameFinder finder = new QuotedNameFinder(HeadWords.get(), CueLexicon.get());

    private String type(String line, String text) {
        return Lines.span(finder, line, text).map(Span::type)
                .orElseThrow(() -> new AssertionError(text + " not in " + Lines.texts(finder, line)));
    }

    @Test
    void bookTitlesAreDocumentsOrNewspapers() {
        assertEquals("POLICY", type("审议通过了《推动京津冀协同发展走深走实行动方案》。", "推动京津冀协同发展走深走实行动方案"));
        assertEquals("POLICY", type("根据《上海市推进农业高质量发展行动方案（2021-2025年）》", "上海市推进农业高质量发展行动方案（2021-2025年）"));
        assertEquals("ORG", type("摘自《天津日报》", "天津日报"));
    }

    @Test
    void quotedProgrammesByHeadOrContext() {
        assertEquals("POLICY", type("以实施“六治工程”为牵引。", "六治工程"));
        assertEquals("POLICY", type("用好“两重”项目和“两新”政策。", "两重"));
        assertEquals("POLICY", type("学习运用“千万工程”经验。", "千万工程"));
        assertEquals("POLICY", type("推行“换位跑一次”，建立机制。", "换位跑一次"));
    }

    @Test
    void periodsDoctrinesAndEmphasisAreNot() {
        assertTrue(Lines.find(finder, "坚持“十五五”规划，深刻领悟“两个确立”。").isEmpty());
        assertTrue(Lines.find(finder, "交出了“硬核答卷”。").isEmpty());
        assertTrue(Lines.find(finder, "坚决防止“形象工程”“政绩工程”。").isEmpty()); // a kind of work, disowned
    }

    @Test
    void aCampaignWordAfterOrAVerbBefore() {
        QuotedNameFinder f = new QuotedNameFinder(HeadWords.get(), CueLexicon.get());
        assertEquals("POLICY", Lines.span(f, "加大“引客入豫”力度，让游客留下来。", "引客入豫").orElseThrow().type());
        assertTrue(Lines.span(f, "深化“平安农机”创建，探索新模式。", "平安农机").isPresent());
        assertTrue(Lines.find(f, "交出“硬核答卷”，深化改革。").isEmpty());
    }

    @Test
    void aSloganOnAPlaceNameIsNoProgramme() {
        QuotedNameFinder f = new QuotedNameFinder(HeadWords.get(), CueLexicon.get());
        assertTrue(Lines.find(f, "“海上福建”建设加快推进；").isEmpty());
        assertTrue(Lines.span(f, "“两重”建设加快推进；", "两重").isPresent());
    }
}
