package io.mubiao.documents.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Test documents made from a text: the same text as GBK, UTF-16, an HTML page with navigation and footer, a DOCX
 * written with POI and a PDF written with PDFBox in a CJK font found on the machine. Shared with extract-service's
 * tests (test-jar).
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] encoded(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    /** The text as the article of a page with a menu, a breadcrumb, a share bar and a footer around it. */
    public static byte[] html(String text, String title) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("_天津市人民政府</title><style>p{margin:0}</style><script>var x = '首页';</script></head><body>\n");
        b.append("<div class=\"top-nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zw\">政务公开</a></li>"
                + "<li><a href=\"/fw\">政务服务</a></li><li><a href=\"/hd\">互动交流</a></li></ul></div>\n");
        b.append("<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zw\">政务公开</a> &gt; 正文</div>\n");
        b.append("<div class=\"article\">\n");
        for (String line : text.split("\n", -1)) {
            b.append("<p>").append(escape(line)).append("</p>\n");
        }
        b.append("</div>\n<div class=\"share\">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>\n");
        b.append("<div id=\"footer\"><p>版权所有：天津市人民政府办公厅 主办</p><p>津ICP备05004415号 津公网安备12010102000001号</p></div>\n");
        b.append("</body></html>\n");
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text laid out as a Chinese document is printed: A4, each line of the text a paragraph wrapped at the margin,
     * its first line indented by two characters, a little space between paragraphs, page numbers at the foot.
     */
    public static byte[] pdf(String text, Path fontFile) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = loadFont(doc, fontFile);
            float size = 11;
            float leading = 16;
            float margin = 56;
            float width = PDRectangle.A4.getWidth() - 2 * margin;
            List<List<String>> paragraphs = new ArrayList<>();
            for (String line : text.split("\n")) {
                String t = line.strip().replace('\u00a0', ' ').replace('\u3000', ' ');
                if (!t.isEmpty()) {
                    paragraphs.add(wrap(t, font, size, width, 2 * size));
                }
            }
            PDPageContentStream cs = null;
            float y = 0;
            int pageNo = 0;
            for (List<String> para : paragraphs) {
                for (int i = 0; i < para.size(); i++) {
                    if (cs == null || y < margin + leading) {
                        if (cs != null) {
                            footer(cs, font, pageNo);
                            cs.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        pageNo++;
                        cs = new PDPageContentStream(doc, page);
                        y = PDRectangle.A4.getHeight() - margin;
                    }
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.newLineAtOffset(margin + (i == 0 ? 2 * size : 0), y);
                    cs.showText(para.get(i));
                    cs.endText();
                    y -= leading;
                }
                y -= 6;
            }
            if (cs != null) {
                footer(cs, font, pageNo);
                cs.close();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF that opens only with a password. */
    public static byte[] encryptedPdf(String text, Path fontFile) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(text, fontFile)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void footer(PDPageContentStream cs, PDType0Font font, int pageNo) throws IOException {
        cs.beginText();
        cs.setFont(font, 9);
        cs.newLineAtOffset(PDRectangle.A4.getWidth() / 2 - 12, 30);
        cs.showText("- " + pageNo + " -");
        cs.endText();
    }

    private static List<String> wrap(String t, PDType0Font font, float size, float width, float indent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float avail = width - indent;
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            String c = new String(Character.toChars(cp));
            float w = font.getStringWidth(line + c) / 1000 * size;
            if (w > avail && line.length() > 0) {
                // like a word processor, never break inside a run of Latin letters and digits (2100, PM2.5, GDP)
                int keep = line.length();
                while (keep > 0 && isWordChar(line.charAt(keep - 1)) && isWordChar(c.charAt(0))) {
                    keep--;
                }
                if (keep == 0) {
                    keep = line.length();
                }
                lines.add(line.substring(0, keep));
                String carry = line.substring(keep);
                line.setLength(0);
                line.append(carry);
                avail = width;
                continue;
            }
            line.append(c);
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '%');
    }

    private static PDType0Font loadFont(PDDocument doc, Path file) throws IOException {
        if (file.toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            return PDType0Font.load(doc, first[0], true);
        }
        return PDType0Font.load(doc, file.toFile());
    }

    /**
     * A TrueType font with Chinese glyphs on this machine ({@code fc-list :lang=zh}, then the usual folders), or
     * empty. OpenType/CFF fonts (Noto CJK .otf, and its .ttc) are skipped: PDFBox embeds TrueType outlines only.
     */
    public static Optional<Path> cjkFont() {
        List<String> candidates = new ArrayList<>();
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=zh", "file").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            for (String l : out.split("\n")) {
                String f = l.replaceAll(":\\s*$", "").strip();
                if (!f.isEmpty()) {
                    candidates.add(f);
                }
            }
        } catch (IOException e) {
            // no fontconfig: look in the folders
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (String dir : List.of("/usr/share/fonts/truetype/wqy", "/usr/share/fonts/truetype/droid", "/usr/share/fonts/truetype/arphic",
                "/usr/share/fonts/truetype/noto")) {
            File[] files = new File(dir).listFiles();
            if (files != null) {
                for (File f : files) {
                    candidates.add(f.getPath());
                }
            }
        }
        for (String c : candidates) {
            String lower = c.toLowerCase();
            if ((lower.endsWith(".ttf") || lower.endsWith(".ttc")) && Files.isReadable(Path.of(c)) && trueTypeOutlines(Path.of(c))) {
                return Optional.of(Path.of(c));
            }
        }
        return Optional.empty();
    }

    /** False for CFF-outline fonts behind a TrueType name (Noto Sans CJK's .ttc): PDFBox cannot subset them. */
    private static boolean trueTypeOutlines(Path file) {
        boolean[] glyf = {true};
        try {
            if (file.toString().toLowerCase().endsWith(".ttc")) {
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    ttc.processAllFonts(f -> glyf[0] &= f.getTableMap().containsKey("glyf"));
                }
            } else {
                try (TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    glyf[0] = f.getTableMap().containsKey("glyf");
                }
            }
        } catch (IOException e) {
            return false;
        }
        return glyf[0];
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
