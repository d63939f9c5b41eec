package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Departments grown over their administrative prefix; bodies named on their own. */
class DepartmentFinderTest {

    private final DepartmentFinder f = new DepartmentFinder(CueLexicon.get());

    @Test
    void departmentsNeedAPrefix() {
        assertTrue(Lines.span(f, "市发展改革委副局级负责同志说", "市发展改革委").isPresent());
        assertTrue(Lines.find(f, "组织部负责").isEmpty());
    }

    @Test
    void theCongressAndThePeoplesOrganisationsStandAlone() {
        assertEquals(List.of("人大", "政协"), Lines.texts(f, "主动接受人大和政协监督。"));
        assertEquals(List.of("工会", "妇联"), Lines.texts(f, "支持工会、妇联更好发挥作用。"));
        assertEquals(List.of("市妇联"), Lines.texts(f, "市妇联开展活动。"));
    }
}
