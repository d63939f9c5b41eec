package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What stands in a modifier, what is trimmed from its left edge, and when modifier + head make a name. */
class ModifierRulesTest {

    private final ModifierRules rules = new ModifierRules(CueLexicon.get());

    /** The modifier made of the units of {@code line} from {@code modifier}'s first character up to the head. */
    private static Modifier modifier(LineContext line, String modifier) {
        int from = line.s.indexOf(modifier);
        int to = from + modifier.length();
        Modifier m = new Modifier();
        for (int k = line.unitIndexAt(from); k < line.units.size() && line.unit(k).end() <= to; k++) {
            m.pieces.add(new Modifier.Piece(line.unit(k).start(), line.unit(k).end(), k));
        }
        return m;
    }

    private boolean named(String s, String modifier, String head) {
        LineContext line = Lines.of(s);
        Modifier m = modifier(line, modifier);
        rules.trim(line, m, HeadWords.Profile.NAMED, false, null);
        return !m.pieces.isEmpty() && rules.accepts(line, m, HeadWords.get().get(head), s.indexOf(head), true);
    }

    @Test
    void weakWordsAreTrimmedFromTheLeft() {
        LineContext line = Lines.of("建设重点产业园区。");
        Modifier m = modifier(line, "重点产业");
        rules.trim(line, m, HeadWords.Profile.NAMED, false, null);
        assertEquals("产业", line.s.substring(m.start(), m.pieces.get(m.pieces.size() - 1).end()));
        assertTrue(m.trimmedWeak);
    }

    @Test
    void aNamedHeadNeedsAnAnchorOrAWordHanLpDoesNotKnow() {
        assertTrue(named("武清区科技园获批。", "武清区", "科技园")); // a gazetteer place
        assertTrue(named("鹏瑞利医院开诊。", "鹏瑞利", "医院")); // 鹏/nr 瑞/ag 利/n: out of the vocabulary
        assertFalse(named("建设城市公园。", "城市", "公园")); // a dictionary word
        assertFalse(named("推进低碳港区建设。", "低碳", "港区")); // 低/a 碳/n: no bound morpheme
    }

    @Test
    void aNationalDesignationNeedsFiveCharacters() {
        assertTrue(named("争创国家数字经济创新发展试验区。", "国家数字经济创新发展", "试验区"));
        assertFalse(named("建设国家医学中心。", "国家医学", "中心"));
    }

    @Test
    void aBoundMorphemeBeforeACutNameOpensIt() {
        HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
        assertTrue(Lines.texts(finder, "完成尔王庄水库增容工程。").contains("尔王庄水库增容工程")); // 尔/rg before 王/nr
        assertTrue(Lines.texts(finder, "汉魏洛阳故城遗址博物馆建成开放。").contains("汉魏洛阳故城遗址博物馆")); // 魏/tg before 洛阳
        assertTrue(Lines.texts(finder, "大力推进紫金山国际科创基金街区建设。").contains("紫金山国际科创基金街区")); // 科/n 创/vg
        LineContext line = Lines.of("推进其国企改革行动。"); // 其/r is a pronoun, no bound morpheme
        Modifier m = modifier(line, "国企改革");
        assertFalse(rules.accept(line, HeadWords.Profile.PROGRAMME, line.unitAt(line.s.indexOf('其')),
                line.unitIndexAt(line.s.indexOf('其')), m));
    }

    @Test
    void aProperNounOpensTheNameOfALongHead() {
        assertTrue(named("联想创新园正式启用。", "联想", "创新园")); // 联想/nz
        assertFalse(named("建设产业创新园。", "产业", "创新园"));
    }

    @Test
    void aCommonNounHoldingAHeadIsNoName() {
        HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
        assertTrue(Lines.texts(finder, "总结推广绿色养殖全程机械化解决方案。").isEmpty());
        assertTrue(Lines.texts(finder, "形成30个典型应用场景解决方案。").isEmpty());
        assertTrue(Lines.texts(finder, "制定农业机械化发展实施方案。").contains("农业机械化发展实施方案"));
    }

    @Test
    void aPackageOfMeasuresIsNoName() {
        HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
        assertTrue(Lines.texts(finder, "落实好一揽子化债方案，严格控制债务规模。").isEmpty()); // 一揽子 is weak, 化债 too short
    }

    @Test
    void twoVerbsSideBySideAreOneAim() {
        HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
        assertTrue(Lines.texts(finder, "新一轮服务业扩大开放综合试点获批。").contains("服务业扩大开放综合试点"));
        assertTrue(Lines.texts(finder, "获批全国首个生物医药全产业链开放创新发展试点。").contains("生物医药全产业链开放创新发展试点"));
        assertTrue(Lines.texts(finder, "坚持市场引领企业转型带动发展战略。").isEmpty()); // 引领 … 带动: verbs apart, a clause
    }

    @Test
    void aNationalDesignationNamesOneWithSevenCharactersBeforeItsHead() {
        HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
        assertTrue(Lines.texts(finder, "国家数字经济创新发展试验区建设。").contains("国家数字经济创新发展试验区"));
        assertTrue(Lines.texts(finder, "国家血液病医学中心落地。").contains("国家血液病医学中心"));
        assertTrue(Lines.texts(finder, "国家区域医疗中心落地。").isEmpty()); // a kind many cities hold
        assertTrue(Lines.texts(finder, "加快国家区域公共卫生中心建设。").contains("国家区域公共卫生中心")); // 卫生/an
    }

    @Test
    void aTwoCharacterAdjectiveMayStandInsideAFacilitysModifier() {
        HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
        assertTrue(Lines.texts(finder, "江苏中亚中心升级为中国—中亚贸易畅通合作平台。").contains("中国—中亚贸易畅通合作平台")); // 畅通/a
        assertTrue(Lines.texts(finder, "建设先进平台。").isEmpty()); // not right before the head, and no anchor
    }

    @Test
    void aLineNamedByTheInitialsOfItsPlaces() {
        HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
        assertTrue(Lines.texts(finder, "提升陇海铁路沿线城市节点功能。").contains("陇海铁路")); // 陇海/n: 陇 and 海 are initials
        assertTrue(Lines.texts(finder, "发展货运铁路。").isEmpty());
    }
}
