package io.mubiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The document's own date from its text, each piece of evidence in its order. */
class DocumentDatesTest {
    @Test
    void speechDateComesFirst() {
        String text = "政府工作报告\n——2023年1月11日在天津市第十八届人民代表大会第一次会议上\n2022年12月30日 10:00来源：天津日报";
        assertEquals(LocalDate.of(2023, 1, 11), DocumentDates.detect(text));
    }

    @Test
    void datelines() {
        assertEquals(LocalDate.of(2021, 2, 10), DocumentDates.detect("天津十四五规划\n2021-02-10 09:53来源:天津日报\n正文。"));
        assertEquals(LocalDate.of(2021, 2, 10), DocumentDates.detect("标题\n发布时间：2021年2月10日\n正文。"));
        assertEquals(new DocumentDates.Dated(LocalDate.of(2021, 2, 10), 0, 16), DocumentDates.dateline("2021-02-10 09:53来源"));
    }

    @Test
    void urlDates() {
        assertEquals(LocalDate.of(2023, 6, 2), DocumentDates.inUrls("见 http://epaper.tianjinwe.com/tjrb/html/2023-06/02/x.htm"));
        assertEquals(LocalDate.of(2023, 6, 2), DocumentDates.inUrls("www.tj.gov.cn/zwgk/t20230602_6257474.html"));
        assertNull(DocumentDates.inUrls("/2023-06/02/ outside any URL"));
    }

    @Test
    void plainDateNearTheTopThenThePlanYear() {
        assertEquals(LocalDate.of(2024, 3, 5), DocumentDates.detect("标题\n2024年3月5日\n正文。"));
        assertEquals(LocalDate.of(2025, 1, 1), DocumentDates.detect("一、回顾\n2024年工作回顾\n正文。\n二、安排\n"));
        assertEquals(LocalDate.of(2026, 1, 1), DocumentDates.detect("2025年工作回顾\n正文。\n2026年工作安排\n正文。"));
        assertEquals(LocalDate.of(2025, 1, 1), DocumentDates.detect("正文。2025年全市经济社会发展主要预期目标是：增长5%。"));
        assertNull(DocumentDates.detect("没有日期的正文。"));
    }

    @Test
    void planYearOfAHeading() {
        assertEquals(2025, DocumentDates.planYear("2025工作安排"));
        assertEquals(2025, DocumentDates.planYear("2024年工作回顾"));
        assertNull(DocumentDates.planYear("一、2024年工作回顾"), "a numbered heading starts with its number");
        assertNull(DocumentDates.date("2023", "2", "30"));
    }
}
