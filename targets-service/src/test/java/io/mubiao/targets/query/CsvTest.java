package io.mubiao.targets.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotesOnlyWhatRfc4180Requires() {
        StringBuilder out = new StringBuilder();
        Csv.appendRecord(out, Arrays.asList("a", null, "x,y", "say \"5%\"", "two\nlines", 2100.0, "增长5%左右"));
        assertEquals("a,,\"x,y\",\"say \"\"5%\"\"\",\"two\nlines\",2100.0,增长5%左右\r\n", out.toString());
    }
}
