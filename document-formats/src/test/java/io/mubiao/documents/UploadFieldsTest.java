package io.mubiao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UploadFieldsTest {

    @Test
    void aGivenFieldWinsAndABlankOneFallsBack() {
        UploadFields form = new UploadFields("天津市政府工作报告", " ", null, null, null, null, "天津");
        UploadFields query = new UploadFields("ignored", "2025-01-14", "政府工作报告", null, "https://www.tj.gov.cn", "a.pdf", "北京");
        assertEquals(new UploadFields("天津市政府工作报告", "2025-01-14", "政府工作报告", null, "https://www.tj.gov.cn", "a.pdf",
                "天津"), form.orElse(query));
    }

    @Test
    void nothingGivenOnEitherSideStaysNothing() {
        assertEquals(UploadFields.NONE, UploadFields.NONE.orElse(UploadFields.NONE));
    }
}
