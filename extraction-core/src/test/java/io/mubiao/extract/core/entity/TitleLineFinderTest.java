package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleLineFinderTest {

    private final TitleLineFinder finder = new TitleLineFinder();

    @Test
    void aPlansTitleOnItsOwnLineIsItsName() {
        assertEquals(List.of("上海市促进商业航天发展打造空间信息产业高地行动计划（2023-2025年）"),
                Lines.texts(finder, "上海市促进商业航天发展打造空间信息产业高地行动计划（2023-2025年）"));
        assertEquals(List.of("上海关于贯彻落实“十四五”全国农业机械化发展规划的实施意见"),
                Lines.texts(finder, "# 上海关于贯彻落实“十四五”全国农业机械化发展规划的实施意见"));
    }

    @Test
    void notAReportNorASentence() {
        assertTrue(Lines.texts(finder, "2026年四川省人民政府工作报告").isEmpty());
        assertTrue(Lines.texts(finder, "制定实施方案，推进改革试点。").isEmpty());
    }
}
