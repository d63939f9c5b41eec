package io.mubiao.extract.core.table;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableWordsTest {
    @Test
    void theWordListIsReadByRole() {
        assertTrue(TableWords.of("attribute").contains("属性"));
        assertTrue(TableWords.of("fall").contains("降低"));
        assertTrue(TableWords.of("flow").contains("新增"));
        assertTrue(TableWords.of("no such role").isEmpty());
        assertTrue(TableWords.ALL.stream().allMatch(w -> w.length == 2 && !w[1].isBlank()));
    }
}
