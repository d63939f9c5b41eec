package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CraftNameFinderTest {

    private final CraftNameFinder finder = new CraftNameFinder();

    @Test
    void aQuotedNameWith号IsACraftWithItsKind() {
        assertEquals(List.of("“奋斗者”号"), Lines.texts(finder, "“羲和”逐日、“奋斗者”号极限深潜。"));
        assertEquals(List.of("“未来”号试验船"), Lines.texts(finder, "“未来”号试验船正式交付。"));
        assertEquals(List.of("“梦想”号大洋钻探船"), Lines.texts(finder, "打破国外垄断，“梦想”号大洋钻探船等投入使用。"));
    }

    @Test
    void notACall() {
        assertTrue(Lines.texts(finder, "积极响应“绿色出行”号召。").isEmpty());
    }
}
