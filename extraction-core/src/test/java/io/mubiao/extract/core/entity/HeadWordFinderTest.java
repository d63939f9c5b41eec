package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadWordFinderTest {

    private final HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());

    private void assertName(String line, String text, String type) {
        Span s = Lines.span(finder, line, text).orElseThrow(() -> new AssertionError(text + " not in " + Lines.texts(finder, line)));
        assertEquals(type, s.type(), text);
    }

    private void assertNoName(String line, String text) {
        assertFalse(Lines.texts(finder, line).contains(text), () -> text + " found in " + Lines.texts(finder, line));
    }

    @Test
    void aFrameVerbIsTheLeftEdgeOfAProgramme() {
        assertName("深入实施提振消费专项行动，优化消费环境。", "提振消费专项行动", "POLICY");
        assertName("实施稳岗扩容提质行动，开展技能培训。", "稳岗扩容提质行动", "POLICY");
        assertName("深入实施种业振兴行动。", "种业振兴行动", "POLICY");
        assertName("实施新一轮跨境电商高质量发展三年行动。", "跨境电商高质量发展三年行动", "POLICY");
        assertName("实施加快教育强市建设三年行动，全域推进。", "加快教育强市建设三年行动", "POLICY"); // 建设 as a noun
        assertName("实施全面节约战略。", "全面节约战略", "POLICY"); // 全面/ad right after the frame verb opens the name
        assertName("实施全面振兴新突破三年行动。", "全面振兴新突破三年行动", "POLICY");
    }

    @Test
    void aFrameVerbRightBeforeTheHeadEndsTheName() {
        assertName("实施岗位挖潜扩容支持计划，开发政策性岗位。", "岗位挖潜扩容支持计划", "POLICY");
        assertName("实施入境消费拓展行动，开展县域商业建设。", "入境消费拓展行动", "POLICY");
        assertName("实施基层应急能力建设工程。", "基层应急能力建设工程", "POLICY");
        assertName("实施乡村工匠培养支持计划。", "乡村工匠培养支持计划", "POLICY"); // a noun, a verb, then 支持
        assertNoName("动真碰硬开展专项整治，实施改革。", "硬开展专项整治"); // 开展 only frames
        assertNoName("扎实开展学习教育，全面接受检阅。", "扎实开展学习教育");
        assertNoName("加快建设战略科技力量。", "建设战略"); // 加快 is the sentence's verb
    }

    @Test
    void aFrameVerbAfterAnotherBeginsTheName() {
        assertName("开展推进城市高质量发展行动和城市更新行动。", "推进城市高质量发展行动", "POLICY");
        assertName("开展推进城市高质量发展行动和城市更新行动。", "城市更新行动", "POLICY");
    }

    @Test
    void aSharedHeadAfterAListIsNotCut() {
        assertNoName("打好蓝天、碧水、净土保卫战。", "净土保卫战");
        assertName("实施公民道德建设工程、公民法治素养提升行动。", "公民法治素养提升行动", "POLICY");
        // a short last item after a long one shares the head too, unless the item before is a name of its own
        assertNoName("建设货运零排放区域、通道试点。", "通道试点");
        assertName("实施城市更新行动、安居工程。", "安居工程", "POLICY");
        assertName("推进宁古高速、郑州南站建设。", "郑州南站", "FACILITY"); // a facility's place names it
        // after a name the frame verb covers the list: a leading verb (停车/v) is the next name's
        assertName("实施城市基础设施生命线安全工程、停车便利化工程。", "停车便利化工程", "POLICY");
    }

    @Test
    void townsOfScienceAndSquaresAreFacilitiesByTheirPlace() {
        assertName("建立合肥滨湖科学城协同机制。", "合肥滨湖科学城", "FACILITY");
        assertName("围绕闵行上海航天城打造核心主体。", "闵行上海航天城", "FACILITY");
        assertName("建成深圳湾文化广场。", "深圳湾文化广场", "FACILITY");
        assertNoName("建设文化广场。", "文化广场"); // no place, a kind
    }

    @Test
    void aFreightTrainServiceIsNamedLikeARailLine() {
        assertName("中欧班列累计开行超过1万列。", "中欧班列", "FACILITY");
        assertNoName("开行货运班列。", "货运班列"); // a kind, no initials
    }

    @Test
    void aWorkIsAFacilityWhenItsModifierNamesABuiltThing() {
        assertName("加快建设滨海新区防潮海堤工程。", "滨海新区防潮海堤工程", "FACILITY");
        assertName("持续实施中医药振兴发展工程。", "中医药振兴发展工程", "POLICY");
        assertName("开工观音寺调蓄工程。", "观音寺调蓄工程", "FACILITY"); // 蓄: a reservoir's work
    }

    @Test
    void namedHeadsNeedAnAnchorOrAFramedProperName() {
        assertName("提升京津合作示范区等平台功能。", "京津合作示范区", "FACILITY");
        assertNoName("加快建设国家实验室。", "国家实验室");
        assertName("建设上海（长三角）国际科技创新中心。", "上海（长三角）国际科技创新中心", "FACILITY");
        assertNoName("加快建设区域枢纽机场。", "区域枢纽机场");
        assertNoName("打造宜居宜业宜游的港产城融合发展示范区。", "港产城融合发展示范区");
    }

    @Test
    void countsAndSentenceVerbsAreNotNames() {
        assertNoName("完成6个镇土地延包试点任务。", "6个镇土地延包试点");
        assertNoName("实施16处大宗工业固废回填试点。", "16处大宗工业固废回填试点");
        assertNoName("力争更多项目纳入国家规划。", "项目纳入国家规划"); // 纳入 frames: 国家规划 is a kind
        assertTrue(Lines.texts(finder, "全文提请大会审议。").isEmpty(), () -> Lines.texts(finder, "全文提请大会审议。").toString());
    }

    @Test
    void eventsKeepTheirOrdinal() {
        assertName("成功举办第十八届中国—拉美企业家高峰会。", "第十八届中国—拉美企业家高峰会", "EVENT");
        assertName("首届全民健身健康运动会成功举办。", "全民健身健康运动会", "EVENT");
    }

    @Test
    void companies() {
        assertName("组建天津市文化旅游集团。", "天津市文化旅游集团", "ORG");
    }

    @Test
    void aWordTheSegmenterDoesNotKnowNamesAFacility() {
        assertName("鹏瑞利医院开诊，首家外资医院落地。", "鹏瑞利医院", "FACILITY");
        assertName("新建提升柳林公园、新梅江公园等13座城市公园。", "新梅江公园", "FACILITY");
        assertName("新建提升柳林公园、新梅江公园等13座城市公园。", "柳林公园", "FACILITY");
        assertNoName("推进低碳港区建设。", "低碳港区"); // 低|碳: no bound morpheme, a word HanLP lacks
        assertNoName("培育跨境电商平台。", "跨境电商平台");
    }

    @Test
    void aPhaseOrNewWingStaysWithItsFacility() {
        assertName("加快南京机场三期建设。", "南京机场三期", "FACILITY");
        assertName("建成河南博物院北院区。", "河南博物院北院区", "FACILITY");
    }

    @Test
    void aLongProgrammeBeforeTheSeparatorDoesNotShareTheHead() {
        assertName("深入实施传统戏曲振兴、优秀剧本孵化计划，培育精品。", "优秀剧本孵化计划", "POLICY");
        assertNoName("赋予历史使命、作出战略指引。", "作出战略");
        assertNoName("实施涉钢、石化企业深度治理工程。", "石化企业深度治理工程"); // 涉钢 is short: a shared head
    }

    @Test
    void aVerbThatMakesTheNameAfterANoun() {
        assertName("深化文化文艺精品打造工程，深入实施传统戏曲振兴。", "文化文艺精品打造工程", "POLICY");
    }

    @Test
    void aLineKeepsItsSectionAndAHeadInsideACommonNounIsNone() {
        assertName("开工建设京港高铁阜阳至黄冈段。", "京港高铁阜阳至黄冈段", "FACILITY");
        assertName("加快雄商高铁河南段建设。", "雄商高铁河南段", "FACILITY");
        assertName("建设大运河国家文化公园（河南段）。", "大运河国家文化公园（河南段）", "FACILITY");
        assertName("改扩建京沪高速。", "京沪高速", "FACILITY");
        assertNoName("提升徐州区域中心城市能级。", "徐州区域中心");
    }

    @Test
    void aModifierOfGenericWordsOnlyIsAKindNotAName() {
        assertNoName("争取进入国家规划。", "国家规划");
        assertNoName("发挥多重国家发展战略叠加优势。", "多重国家发展战略");
        assertNoName("编制城市规划，", "城市规划");
        assertName("实施国家城乡居民增收计划。", "城乡居民增收计划", "POLICY"); // 居民增收 names it
    }

    @Test
    void anEventKeepsItsHostCityAndALevelWordIsNoName() {
        assertName("举办全球公共安全合作论坛（连云港）2026年大会。", "全球公共安全合作论坛（连云港）", "EVENT");
        assertNoName("建设高水平大学。", "水平大学");
    }

    @Test
    void aPlaceBeforeANationalNameStandsApart() {
        assertName("扬州中国大运河博物馆成为热门景点。", "中国大运河博物馆", "FACILITY");
        assertNoName("扬州中国大运河博物馆成为热门景点。", "扬州中国大运河博物馆");
    }

    @Test
    void aProgrammeDropsItsLevelAndKeepsItsFocus() {
        assertName("落实国家城乡居民增收计划。", "城乡居民增收计划", "POLICY");
        assertName("深入实施重点产业链高质量发展行动。", "重点产业链高质量发展行动", "POLICY");
        assertNoName("建设重点产业园区。", "重点产业园区"); // 重点 stays weak before a facility
        assertNoName("坚决不搞形象工程、政绩工程。", "政绩工程");
    }

    @Test
    void aKeptWordBeforeAVerbIsTheSentences() {
        assertNoName("重点推进“基础研究特区”计划，", "重点推进“基础研究特区”计划");
    }

    @Test
    void facilityHeadsOfOneKindOfWork() {
        assertName("推进龙潭沟抽水蓄能电站等项目。", "龙潭沟抽水蓄能电站", "FACILITY");
        assertName("静海团泊健康城等纳入“多点”。", "静海团泊健康城", "FACILITY");
        assertName("建设中国农科院河南创新基地。", "中国农科院河南创新基地", "FACILITY");
        // 创新中心 is the head: 国家|技术 is a designation's kind, too short to name one (not 国家技术创新中心)
        assertNoName("建设国家技术创新中心。", "国家技术创新中心");
    }

    @Test
    void aBatchInsideMakesADescription() {
        assertNoName("华熙生物入选国家首批生物制造中试平台。", "国家首批生物制造中试平台");
        assertNoName("入选第二批国家数据要素综合试验区。", "第二批国家数据要素综合试验区");
    }

    @Test
    void aHeadAfterEtcNamesTheKindOfTheList() {
        assertNoName("加快病险水库除险加固、蓄滞洪区等防洪工程建设。", "防洪工程");
        assertNoName("深入开展化工、工贸、高层建筑等重点领域专项整治。", "重点领域专项整治");
        assertName("深入开展重点领域专项整治。", "重点领域专项整治", "POLICY");
    }

    @Test
    void festivalsCupsAndChampionshipsAreEvents() {
        assertName("向海乐活节、大型演唱会等持续火爆。", "向海乐活节", "EVENT");
        assertName("办好世界青少年武术锦标赛、女排亚锦赛。", "女排亚锦赛", "EVENT");
        assertName("办好政府系统领导干部大讲堂。", "政府系统领导干部大讲堂", "EVENT");
        assertName("办好国际乒联混合团体世界杯、铁人三项世界杯。", "铁人三项世界杯", "EVENT");
        assertNoName("做好春节、元宵节期间市场保供。", "元宵节"); // a holiday: too short a modifier
        assertName("办好第五届中国（四川）国际熊猫消费节。", "第五届中国（四川）国际熊猫消费节", "EVENT");
        assertName("办好第三届郑州—卢森堡“空中丝绸之路”国际合作论坛。", "第三届郑州—卢森堡“空中丝绸之路”国际合作论坛", "EVENT");
    }

    @Test
    void aBeltAlongAPlaceIsAFacility() {
        assertName("加快建设沿江创新发展带。", "沿江创新发展带", "FACILITY");
        assertNoName("打造创新发展带。", "创新发展带"); // no place: a kind
    }

    @Test
    void aFrameWordUsedAsANounEndsAListItem() {
        // 完整社区建设/vn is the item before 、, long enough to be a name of its own: the next head is not shared
        assertName("实施完整社区建设、城市基础设施生命线安全工程。", "城市基础设施生命线安全工程", "POLICY");
    }
}
