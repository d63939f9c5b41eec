package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.extract.core.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small finders: sessions, province abbreviations, departments, the gazetteer, persons, abbreviation links. */
class SmallFindersTest {

    @Test
    void sessions() {
        SessionFinder f = new SessionFinder();
        assertEquals("EVENT", Lines.span(f, "5月31日召开的市委十二届三次全会审议通过。", "市委十二届三次全会").orElseThrow().type());
        assertTrue(Lines.span(f, "落实省委十一届九次、十次全会部署。", "省委十一届九次、十次全会").isPresent());
        assertTrue(Lines.span(f, "2026年1月26日在天津市第十八届人民代表大会第四次会议上", "天津市第十八届人民代表大会第四次会议").isPresent());
        assertTrue(Lines.span(f, "在深入推进京津冀协同发展座谈会上的讲话", "深入推进京津冀协同发展座谈会").isPresent());
        assertTrue(Lines.find(f, "在全体会议上发言").isEmpty());
    }

    @Test
    void provinceAbbreviations() {
        ProvinceAbbreviationFinder f = new ProvinceAbbreviationFinder(CueLexicon.get());
        Span s = Lines.span(f, "北京投资来源单位在津新设机构261家。", "津").orElseThrow();
        assertEquals("LOCATION", s.type());
        assertTrue(s.canonical().startsWith("天津"));
        assertTrue(Lines.find(f, "在京剧院演出").isEmpty());
    }

    @Test
    void departmentsNeedAPrefix() {
        DepartmentFinder f = new DepartmentFinder(CueLexicon.get());
        assertTrue(Lines.span(f, "市发展改革委副局级负责同志说", "市发展改革委").isPresent());
        assertTrue(Lines.find(f, "组织部负责").isEmpty());
    }

    @Test
    void gazetteerNamesAndPartyCommittees() {
        GazetteerFinder f = new GazetteerFinder();
        assertEquals("ORG", Lines.span(f, "天津市委召开会议", "天津市委").orElseThrow().type());
        assertEquals("FACILITY", Lines.span(f, "深化自贸试验区提升战略", "自贸试验区").orElseThrow().type());
    }

    @Test
    void districtStemsOnlyWhenHanLpKnowsThemAsPlaces() {
        assertEquals("嘉定", Gazetteer.placeStem("嘉定区", "LOCATION", Gazetteer.Kind.NAME));
        assertEquals(null, Gazetteer.placeStem("和平区", "LOCATION", Gazetteer.Kind.NAME)); // 和平 is a common word
        assertEquals(null, Gazetteer.placeStem("滨海新区", "LOCATION", Gazetteer.Kind.NAME));
    }

    @Test
    void personsNeedACue() {
        PersonFinder f = new PersonFinder(Gazetteer.get());
        assertTrue(Lines.span(f, "市长张工在报告中说，成绩显著。", "张工").isPresent());
        assertTrue(Lines.find(f, "白向东").isEmpty());
    }

    @Test
    void shortFormsTakeTheFullNameOfTheSameDocument() {
        EntityMention full = new EntityMention("上海合作组织天津峰会", "EVENT", "上海合作组织天津峰会", 0, 10);
        EntityMention shortForm = new EntityMention("上合天津峰会", "EVENT", "上合天津峰会", 20, 26);
        EntityMention other = new EntityMention("上合天津峰会", "POLICY", "上合天津峰会", 30, 36);
        List<EntityMention> out = AbbreviationLinker.link(List.of(full, shortForm, other));
        assertEquals("上海合作组织天津峰会", out.get(1).canonical());
        assertEquals("上合天津峰会", out.get(2).canonical()); // another type is not linked
    }
}
