package io.mubiao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
    /** Traditional Chinese, as a Big5 file from Taiwan or Hong Kong would hold it. */
    static final String TRADITIONAL = """
            一、過去一年工作回顧
            過去一年，本市經濟穩定增長，地區生產總值增長百分之五點二，城鎮調查失業率控制在百分之五點五以內。
            我們堅持創新驅動發展，新增國家級專精特新企業一百家，高新技術企業數量持續增長。
            二、今年工作安排
            今年經濟社會發展的主要預期目標是：地區生產總值增長百分之五左右，居民人均可支配收入與經濟增長同步。
            """;

    @Test
    void big5IsDetected() {
        byte[] big5 = TRADITIONAL.getBytes(Charset.forName("Big5"));
        TextDecoding.Decoded d = TextDecoding.decode(big5, null, false);
        assertEquals("Big5", d.charset());
        assertEquals("detected", d.how());
        assertEquals(TRADITIONAL, d.text());
        ReadDocument doc = DocumentReader.read(big5, "text/plain", UploadFields.NONE);
        assertEquals("text/plain; charset=Big5", doc.contentType());
        assertEquals(2, doc.sections().size());
    }

    @Test
    void gbkIsDetectedAsGb18030() {
        byte[] gbk = TRADITIONAL.replace("過", "过").getBytes(Charset.forName("GBK"));
        assertEquals("GB18030", TextDecoding.decode(gbk, null, false).charset());
    }

    @Test
    void byteOrderMarksDecide() {
        assertEquals("UTF-16LE", TextDecoding.decode(("\uFEFF" + TRADITIONAL).getBytes(StandardCharsets.UTF_16LE), null, false).charset());
        assertEquals("UTF-16BE", TextDecoding.decode(TRADITIONAL.getBytes(StandardCharsets.UTF_16), null, false).charset());
        TextDecoding.Decoded utf8 = TextDecoding.decode(("\uFEFF" + TRADITIONAL).getBytes(StandardCharsets.UTF_8), null, false);
        assertEquals(TRADITIONAL, utf8.text());
    }

    @Test
    void aDeclaredCharsetWinsOverDetection() {
        byte[] big5 = TRADITIONAL.getBytes(Charset.forName("Big5"));
        TextDecoding.Decoded d = TextDecoding.decode(big5, "big5", false);
        assertEquals("declared", d.how());
        assertEquals(TRADITIONAL, d.text());
        assertEquals("GB18030", TextDecoding.decode("中文".getBytes(Charset.forName("GBK")), "gb2312", false).charset());
    }
}
