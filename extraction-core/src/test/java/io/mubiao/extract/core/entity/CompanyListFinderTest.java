package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Short company names in a list closed by 等…企业; lists of industries and kinds are not names. */
class CompanyListFinderTest {

    private final CompanyListFinder f = new CompanyListFinder(CueLexicon.get());

    @Test
    void itemsTheSegmenterDoesNotKnowAreCompanies() {
        assertEquals(List.of("华兰", "宇通", "牧原"), Lines.texts(f, "新增经营主体370万户，牧原、宇通、华兰等一批龙头企业向强而跃。"));
        assertEquals(List.of("碧迪", "诺和诺德"), Lines.texts(f, "促进诺和诺德、碧迪等重点外企增资扩产。"));
        assertEquals("ORG", Lines.find(f, "促进诺和诺德、碧迪等重点外企增资扩产。").get(0).type());
    }

    @Test
    void industriesAndKindsAreNot() {
        assertTrue(Lines.find(f, "推动钢铁、石化、有色等行业企业节能降碳。").isEmpty());
        assertTrue(Lines.find(f, "支持高新技术、专精特新等企业上市。").isEmpty());
        assertTrue(Lines.find(f, "牧原、宇通、华兰等产品").isEmpty()); // not closed by a word for companies
    }

    @Test
    void aKnownCompanyMakesTheWholeListCompanies() {
        List<String> names = Lines.texts(f, "依托曙光、海光、麒麟、飞腾、联想、中芯国际等头部企业，建设信创产业链。");
        assertTrue(names.containsAll(List.of("曙光", "海光", "麒麟", "飞腾", "中芯国际")), names::toString);
    }

    @Test
    void theCompanyWordIsReadOnTheCharacters() {
        // the segmenter cuts 民企 into 民 + 企, and 等央企业务 into 央 + 企业 + 务
        assertEquals(List.of("瑞普生物", "合源生物"), Lines.texts(f, "合源生物、瑞普生物等民企深化布局。"));
        assertTrue(Lines.texts(f, "中远海运、招商局、国能航运等央企新业务板块落地").contains("国能航运"));
        assertTrue(Lines.find(f, "推动钢铁、石化等行业企业节能降碳。").isEmpty());
    }

    @Test
    void brandsOfSeveralWordsAreCompaniesKindsAreNot() {
        assertEquals(List.of("锅圈食汇", "蜜雪冰城", "胖东来"), Lines.texts(f, "胖东来、蜜雪冰城、锅圈食汇等一批新锐企业向新而生。"));
        assertTrue(Lines.find(f, "培育高新技术企业、科技型中小企业等优质企业").isEmpty());
        assertTrue(Lines.find(f, "支持高新技术、专精特新等企业上市。").isEmpty());
    }

    @Test
    void aShortNameInTheListMakesItOneOfCompanies() {
        List<String> names = Lines.texts(f, "华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长");
        assertTrue(names.containsAll(List.of("海光信息", "安擎信息", "火眼位置")), names::toString);
        assertTrue(Lines.find(f, "推动奕斯伟二期、唐晶半导体等项目释放产能").stream()
                .noneMatch(x -> x.end() - x.start() == 5 && x.start() == 2)); // 奕斯伟二期 is a project
        assertTrue(Lines.find(f, "加快新能源汽车、智能网联汽车等发展").isEmpty()); // no short name, no company
    }
}
