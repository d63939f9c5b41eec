package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Numbered sessions: plenums, people's congresses, 在…会议上. */
class SessionFinderTest {

    @Test
    void sessions() {
        SessionFinder f = new SessionFinder();
        assertEquals("EVENT", Lines.span(f, "5月31日召开的市委十二届三次全会审议通过。", "市委十二届三次全会").orElseThrow().type());
        assertTrue(Lines.span(f, "落实省委十一届九次、十次全会部署。", "省委十一届九次、十次全会").isPresent());
        assertTrue(Lines.span(f, "2026年1月26日在天津市第十八届人民代表大会第四次会议上", "天津市第十八届人民代表大会第四次会议").isPresent());
        assertTrue(Lines.span(f, "在深入推进京津冀协同发展座谈会上的讲话", "深入推进京津冀协同发展座谈会").isPresent());
        assertTrue(Lines.find(f, "在全体会议上发言").isEmpty());
    }
}
