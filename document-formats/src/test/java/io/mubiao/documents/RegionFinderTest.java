package io.mubiao.documents;

import io.mubiao.contracts.vocabulary.RegionLevel;
import io.mubiao.contracts.regions.Region;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The region of a document, each rule on its own example, then the 14 provincial reports of ../shared. */
class RegionFinderTest {
    private static ReadDocument read(String text, UploadFields fields) {
        return DocumentReader.read(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", fields);
    }

    private static String slice(ReadDocument d) {
        String[] r = d.metadataSources().get("region").substring(5).split("-");
        return d.text().substring(Integer.parseInt(r[0]), Integer.parseInt(r[1]));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026年四川省人民政府工作报告\\n各位代表：\\n现在，我代表省人民政府，向大会报告工作。                   | 四川省         | province | 四川省
            陕西省2026年政府工作报告\\n各位代表：\\n现在，我代表省人民政府向大会报告工作。                        | 陕西省         | province | 陕西省
            政府工作报告\\n——2026年1月26日在广东省第十四届\\n人民代表大会第五次会议上\\n各位代表：\\n现在，我代表省人民政府，向大会报告工作。 | 广东省 | province | 广东省
            政府工作报告\\n省长 刘小涛\\n各位代表：\\n现在，我代表江苏省人民政府向大会报告工作，请予审议。        | 江苏省         | province | 江苏省
            政府工作报告\\n河南省人民政府省长 王凯\\n各位代表：\\n现在，我代表省人民政府，向大会报告工作。         | 河南省         | province | 河南省
            政府工作报告\\n——2026年3月5日在第十四届全国人民代表大会第四次会议上\\n各位代表：\\n现在，我代表国务院，向大会报告政府工作。 | 全国 | national | 在第十四届全国人民代表大会
            国务院关于印发“十五五”节能减排综合工作方案的通知\\n各省、自治区、直辖市人民政府：\\n现将方案印发给你们。 | 全国     | national | 国务院
            政府工作报告\\n——2026年1月8日在深圳市第七届人民代表大会第六次会议上\\n各位代表：\\n现在，我代表市人民政府向大会报告工作。 | 深圳市 | city | 深圳市
            滨海新区政府工作报告\\n各位代表：\\n现在，我代表区人民政府向大会报告工作。                           | 滨海新区       | district | 滨海新区
            """)
    void foundInTheText(String text, String region, String level, String evidence) {
        ReadDocument d = read(text.replace("\\n", "\n"), UploadFields.NONE);
        assertEquals(region, d.region().name());
        assertEquals(level, d.region().level().wire());
        assertEquals(evidence, slice(d).replace("\n", ""));
    }

    @Test
    void anUnnamedAreaIsNoRegion() {
        ReadDocument d = read("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。全省经济增长5%。", UploadFields.NONE);
        assertNull(d.region());
        assertNull(d.metadataSources().get("region"));
    }

    @Test
    void aReportThatNamesItsAreaNowhereFormalSpeaksForThePlaceItKeepsNaming() {
        ReadDocument d = read("2024工作回顾\n市长张工在报告中说，2024年是天津实施“十四五”规划的关键一年，在天津发展历史进程中"
                + "具有标志性意义。天津港集装箱吞吐量增长5%。", UploadFields.NONE);
        assertEquals(new Region("天津市", RegionLevel.PROVINCE), d.region());
        assertEquals("天津", slice(d));
    }

    @Test
    void aTextAboutSeveralPlacesNamesNone() {
        assertNull(read("京津冀协同发展\n北京、天津、河北三地协同推进，北京非首都功能疏解，天津承接，北京与天津共建。",
                UploadFields.NONE).region(), "北京 3, 天津 3: no place dominates");
        assertNull(read("工作回顾\n天津港吞吐量增长，天津机场旅客增长。", UploadFields.NONE).region(), "named twice only");
    }

    @Test
    void theUploadOverridesAndIsNormalized() {
        UploadFields fields = new UploadFields(null, null, null, null, null, null, "津");
        ReadDocument d = read("2026年四川省人民政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作。", fields);
        assertEquals(new Region("天津市", RegionLevel.PROVINCE), d.region());
        assertEquals("upload", d.metadataSources().get("region"));
        RejectedDocument e = assertThrows(RejectedDocument.class,
                () -> read("政府工作报告\n各位代表：\n内容。", new UploadFields(null, null, null, null, null, null, "火星")));
        assertEquals(400, e.status());
    }

    /** The 14 reports of ../shared/corpus/provinces-2026, each named after its province. */
    @Test
    void theProvincialReports() throws IOException {
        // the worktree's sibling ../shared, seen from this module's directory
        Path dir = Path.of("..", "..", "shared", "corpus", "provinces-2026");
        assumeTrue(Files.isDirectory(dir), "../shared/corpus/provinces-2026 is absent: skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(14, files.size());
        for (Path f : files) {
            String expected = f.getFileName().toString().replace(".txt", "");
            ReadDocument d = DocumentReader.read(f);
            assertEquals(new Region(expected, RegionLevel.PROVINCE), d.region(), f.getFileName().toString());
        }
    }
}
