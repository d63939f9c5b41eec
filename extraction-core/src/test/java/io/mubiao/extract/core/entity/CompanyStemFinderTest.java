package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A company's short name: a stem the segmenter does not know and a trade word. */
class CompanyStemFinderTest {

    private final CompanyStemFinder f = new CompanyStemFinder(CueLexicon.get());

    @Test
    void anUnknownStemBeforeATradeIsACompany() {
        assertEquals(List.of("华熙生物"), Lines.texts(f, "工生所、天大前沿院、华熙生物入选国家首批生物制造中试平台"));
        assertEquals(List.of("费曼动力"), Lines.texts(f, "智清未来、费曼动力等一批企业茁壮成长"));
        assertEquals(List.of("苏豪集团"), Lines.texts(f, "苏豪集团重组整合被评为全国国企改革典型"));
        assertEquals("ORG", Lines.find(f, "支持奇瑞汽车做大做强").get(0).type());
    }

    @Test
    void commonNounsAndFieldsOfTechnologyAreNot() {
        assertTrue(Lines.find(f, "发展海洋生物、合成生物和数字科技").isEmpty());
        assertTrue(Lines.find(f, "推动具身智能、氢基能源发展").isEmpty());
        assertTrue(Lines.find(f, "诺和诺德制药").isEmpty()); // no stem after 和 inside a name
    }

    @Test
    void aKnownCompanyOpensItsSubsidiarysName() {
        assertEquals(List.of("京东消费金融"), Lines.texts(f, "，京东消费金融稳健运营"));
        assertEquals(List.of("一汽丰田销售"), Lines.texts(f, "，一汽丰田销售总部落户"));
        assertTrue(Lines.find(f, "提高深交所科技成果与知识产权交易中心发展水平").isEmpty());
    }
}
