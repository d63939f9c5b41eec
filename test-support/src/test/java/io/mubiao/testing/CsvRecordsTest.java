package io.mubiao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaks() {
        String csv = "id,quote\r\n1,\"GDP增长5%左右，\"\"稳中求进\"\"\"\r\n2,\"两行\r\n文字\"\r\n";
        assertEquals(List.of(List.of("id", "quote"), List.of("1", "GDP增长5%左右，\"稳中求进\""), List.of("2", "两行\r\n文字")),
                CsvRecords.parse(csv));
    }

    @Test
    void aBareLineFeedEndsARecordAndALastRecordNeedsNoEnd() {
        assertEquals(List.of(List.of("a", "", "b"), List.of("c")), CsvRecords.parse("a,,b\nc"));
    }
}
