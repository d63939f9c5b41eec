package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The head words are data: entity/heads.tsv, a bad line fails at start-up. */
class HeadWordsTest {

    @Test
    void headsCarryTypeProfileAndLongestModifier() {
        HeadWords h = HeadWords.get();
        assertEquals("POLICY", h.get("行动").type());
        assertEquals(HeadWords.Profile.PROGRAMME, h.get("行动").profile());
        assertEquals("FACILITY", h.get("实验室").type());
        assertEquals(HeadWords.Profile.RAIL, h.get("高铁").profile());
        assertTrue(h.canEndWith('动'));
        assertFalse(h.canEndWith('的'));
        assertTrue(h.longest() >= 6);
    }

    @Test
    void facilityHeadsInsideAModifier() {
        assertTrue(HeadWords.get().containsFacilityHead("北大港水库扩容"));
        assertFalse(HeadWords.get().containsFacilityHead("医疗卫生强基")); // 工程 itself does not count
    }

    @Test
    void aBadLineFailsAtStartUp() {
        assertThrows(IllegalStateException.class, () -> HeadWords.parse(List.of("行动\tPOLICY\tPROGRAMME")));
        assertThrows(IllegalStateException.class, () -> HeadWords.parse(List.of("行动\tPOLICYX\tPROGRAMME\t20")));
        assertThrows(IllegalStateException.class, () -> HeadWords.parse(List.of("# only a comment")));
        assertEquals(12, HeadWords.parse(List.of("论坛\tEVENT\tPROGRAMME\t12")).get("论坛").maxModifier());
    }

    @Test
    void aHeadMayAskForALongerModifier() {
        assertEquals(4, HeadWords.get().get("补贴").minModifier());
        assertEquals(2, HeadWords.get().get("行动").minModifier()); // the default
        HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
        assertTrue(Lines.texts(finder, "全面实施农机报废更新补贴政策。").contains("农机报废更新补贴"));
        assertTrue(Lines.texts(finder, "加快农机购置补贴业务全流程线上办理。").contains("农机购置补贴"));
        assertTrue(Lines.texts(finder, "发放育儿补贴和政府补贴。").isEmpty());
    }
}
