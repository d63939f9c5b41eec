package io.mubiao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.contracts.regions.Region;
import io.mubiao.text.Section;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date, title and genre of each seed are found, with where they came from; the furniture of 002 and 004 is cut. */
class SeedMetadataTest {
    private static ReadDocument read(String prefix) {
        return DocumentReader.read(Seeds.text(Seeds.named(prefix)).getBytes(StandardCharsets.UTF_8), "text/plain",
                UploadFields.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            000 | -          | 十项行动                                         | 行动方案
            001 | 2025-01-01 | 奋力谱写中国式现代化天津篇章                     | 政府工作报告
            002 | 2023-06-02 | 为使京津冀成为中国式现代化建设先行区示范区贡献天津之为 | 新闻发布会
            003 | 2023-01-11 | 政府工作报告                                     | 政府工作报告
            004 | 2021-02-10 | 天津十四五规划:积极发展综合智慧能源 推广智慧能源小镇技术 | 规划
            """)
    void dateTitleAndGenre(String seed, String date, String title, String genre) {
        ReadDocument d = read(seed);
        assertEquals(date == null ? null : LocalDate.parse(date), d.date(), "date of " + seed);
        assertEquals(title, d.title(), "title of " + seed);
        assertEquals(genre, d.genre(), "genre of " + seed);
        for (Map.Entry<String, String> e : d.metadataSources().entrySet()) {
            String source = e.getValue();
            if (source.startsWith("text:")) {
                String[] range = source.substring(5).split("-");
                int start = Integer.parseInt(range[0]);
                int end = Integer.parseInt(range[1]);
                assertTrue(0 <= start && start < end && end <= d.text().length(), e + " in " + seed);
            } else {
                assertTrue(List.of("url", "upload", "file-name", "html-title").contains(source), e + " in " + seed);
            }
        }
    }

    @Test
    void sourcesPointAtTheEvidence() {
        ReadDocument d003 = read("003");
        assertEquals("2023年1月11日在", slice(d003, "date"));
        assertEquals("天津市市长 张工", d003.issuer());
        assertEquals("天津市市长 张工", slice(d003, "issuer"));
        assertTrue(slice(d003, "genre").contains("报告工作"));
        ReadDocument d002 = read("002");
        assertEquals("url", d002.metadataSources().get("date"), "the date is in the page's URL, which is cut out");
        assertEquals("市委", d002.issuer());
        assertEquals("2021-02-10 09:53", slice(read("004"), "date"));
        assertEquals("市长张工", read("001").issuer());
    }

    @Test
    void uploadFieldsOverrideWhatIsFound() {
        ReadDocument d = DocumentReader.read(Seeds.text(Seeds.named("003")).getBytes(StandardCharsets.UTF_8), "text/plain",
                new UploadFields("天津市2023年政府工作报告", "2023-01", "报告", "天津市人民政府", "https://www.tj.gov.cn/2023-02/03/", null));
        assertEquals("天津市2023年政府工作报告", d.title());
        assertEquals(LocalDate.of(2023, 1, 1), d.date());
        assertEquals("报告", d.genre());
        assertEquals("天津市人民政府", d.issuer());
        assertEquals(new Region("天津市", Region.Level.PROVINCE), d.region(), "the issuer given names the area");
        assertEquals(Map.of("title", "upload", "date", "upload", "genre", "upload", "issuer", "upload", "region", "upload"),
                d.metadataSources());
    }

    @Test
    void aMeaningfulFileNameIsATitleAndItsDateADate() {
        String body = "现在，我代表市人民政府向大会报告工作。\n一、工作回顾\n地区生产总值增长5%。";
        ReadDocument d = DocumentReader.read(body.getBytes(StandardCharsets.UTF_8), "text/plain",
                UploadFields.fileName("天津市政府工作报告_20240121.txt"));
        assertEquals("天津市政府工作报告_20240121", d.title());
        assertEquals("file-name", d.metadataSources().get("title"));
        assertEquals(LocalDate.of(2024, 1, 21), d.date());
        assertEquals("file-name", d.metadataSources().get("date"));
    }

    @Test
    void noBoilerplateLineOf002Or004ReachesTheText() {
        Map<String, List<String>> furniture = Map.of(
                "002", List.of("新闻中心", "商会新闻", "商会公告", "新闻时讯", "活动视频", "当前位置:新闻中心>>新闻时讯>>正文",
                        "http://epaper.tianjinwe.com/tjrb/html/2023-06/02/content_152_7770531.htm", "摘自《天津日报》",
                        "相关政府网站", "天津和平区政务网", "相关部门网站", "本站兄弟商会", "首页 | 会长致辞", "版权所有",
                        "津ICP备19010415号", "津公网安备"),
                "004", List.of("北极星", "搜索历史清空", "• 水处理", "您的位置", "关键词", "收藏点赞", "投稿", "00501257608_a8213bee.jpg",
                        "陈女士", "13693626116", "特别声明", "凡来源注明", "查看更多"));
        for (Map.Entry<String, List<String>> e : furniture.entrySet()) {
            ReadDocument d = read(e.getKey());
            for (String line : e.getValue()) {
                assertFalse(d.text().contains(line), "'" + line + "' of " + e.getKey() + " reached the text");
                assertTrue(d.removed().stream().anyMatch(r -> r.text().contains(line)), "'" + line + "' is recorded as removed");
            }
            for (RemovedText r : d.removed()) {
                assertTrue(r.at() >= 0 && r.at() <= d.text().length());
            }
        }
    }

    @Test
    void documentsWithoutFurnitureLoseNothing() {
        for (String seed : List.of("000", "001", "003")) {
            ReadDocument d = read(seed);
            assertEquals(List.of(), d.removed(), seed);
            String original = Seeds.text(Seeds.named(seed));
            long originalLines = original.lines().filter(l -> !l.isBlank()).count();
            assertEquals(originalLines, d.text().lines().count(), "every non-blank line of " + seed + " is kept");
        }
    }

    @Test
    void sectionsOfTheWorkReport() {
        ReadDocument d = read("003");
        Section first = d.sections().get(0);
        assertEquals(1, first.level());
        assertEquals("一、", first.label());
        assertEquals("过去五年及2022年工作回顾", first.heading());
        assertTrue(d.text().startsWith("一、过去五年及2022年工作回顾", first.start()));
        Section next = d.sections().stream().filter(s -> s.level() == 1 && s.start() > first.start()).findFirst().orElseThrow();
        assertEquals(next.start(), first.end(), "a level-1 section runs to the next level-1 heading");
        assertTrue(d.sections().stream().anyMatch(s -> s.level() == 2 && "（一）".equals(s.label())));
        ReadDocument plan = read("004");
        assertTrue(plan.sections().stream().anyMatch(s -> s.level() == 1 && s.label().startsWith("第") && s.label().endsWith("章")));
        assertTrue(plan.sections().stream().anyMatch(s -> s.level() == 2 && s.label().endsWith("节")));
        assertTrue(plan.sections().stream().anyMatch(s -> s.level() == 3 && s.label().startsWith("专栏")));
        ReadDocument report = read("001");
        assertTrue(report.sections().stream().anyMatch(s -> s.level() == 1 && s.heading().equals("2025工作安排")));
        for (ReadDocument doc : List.of(d, plan, report)) {
            for (Section s : doc.sections()) {
                assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= doc.text().length(), s.toString());
            }
        }
    }

    private static String slice(ReadDocument d, String field) {
        String[] r = d.metadataSources().get(field).substring(5).split("-");
        return d.text().substring(Integer.parseInt(r[0]), Integer.parseInt(r[1]));
    }
}
