package io.mubiao.documents;

import io.mubiao.text.BoilerplateRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a laid-out page back into paragraphs. A line continues the paragraph above when that line
 * runs to the right margin, this one is not indented (Chinese paragraphs open with a two-character indent) and
 * no wider gap than usual lies between them; across a page break only the first two tests apply, and the page
 * number between stays a line of its own. Lines joined inside a sentence get no space (Chinese has none), except
 * between two Latin letters.
 */
final class PdfParagraphs {
    private static final Pattern CJK_SPACE_CJK = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}])[ \\u00a0]+"
                    + "(?=[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}])");

    /** A short line just above a table is its caption (表2 …主要指标), never the end of the paragraph above. */
    private static final int CAPTION_MAX = 60;

    private PdfParagraphs() {
    }

    /** The paragraphs, with running headers and footers as removed blocks where they stood. */
    static List<RawDocument.Block> join(List<PdfReader.PdfLine> all) {
        Set<Integer> furniture = PdfFurniture.find(all);
        List<PdfReader.PdfLine> lines = new ArrayList<>(all.size());
        List<String> reasons = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            lines.add(all.get(i));
            reasons.add(furniture.contains(i) ? "running-header" : null);
        }
        Map<Integer, List<PdfReader.PdfLine>> byPage = new HashMap<>();
        for (PdfReader.PdfLine l : lines) {
            byPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l);
        }
        Map<Integer, PageGeometry> pages = new HashMap<>();
        byPage.forEach((p, onPage) -> pages.put(p, PageGeometry.of(onPage)));
        Blocks out = new Blocks();
        List<RawDocument.Block> pageNumbers = new ArrayList<>(); // held back while a paragraph runs across the page break
        StringBuilder paragraph = null;
        PdfReader.PdfLine prev = null;
        for (int i = 0; i < lines.size(); i++) {
            PdfReader.PdfLine line = lines.get(i);
            String text = squeezeSpacedOut(line.text().strip());
            if (reasons.get(i) != null) {
                pageNumbers.add(BoilerplateRules.PAGE_NUMBER.matcher(text).matches()
                        ? new RawDocument.Block(text, "page-number") : new RawDocument.Block(text, reasons.get(i)));
                continue;
            }
            if (BoilerplateRules.PAGE_NUMBER.matcher(text).matches()) {
                pageNumbers.add(RawDocument.Block.text(text));
                continue;
            }
            boolean caption = i + 1 < lines.size() && lines.get(i + 1).tableRow() && text.length() <= CAPTION_MAX;
            if (paragraph != null && !line.tableRow() && !prev.tableRow() && !caption
                    && continues(prev, line, pages.get(prev.page()), pages.get(line.page()))) {
                char a = paragraph.charAt(paragraph.length() - 1);
                if (isLatinLetter(a) && !text.isEmpty() && isLatinLetter(text.charAt(0)) && !cutToken(paragraph)) {
                    paragraph.append(' ');
                }
                paragraph.append(text);
            } else {
                if (paragraph != null) {
                    out.text(paragraph.toString());
                }
                out.addAll(pageNumbers);
                pageNumbers.clear();
                paragraph = new StringBuilder(text);
            }
            prev = line;
        }
        if (paragraph != null) {
            out.text(paragraph.toString());
        }
        out.addAll(pageNumbers);
        return out.done();
    }

    /** Text lines gathered into one block until a removed piece stands between them. */
    private static final class Blocks {
        private final List<RawDocument.Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        void text(String line) {
            text.append(line).append('\n');
        }

        void addAll(List<RawDocument.Block> items) {
            for (RawDocument.Block b : items) {
                if (b.removedAs() == null) {
                    text(b.text());
                } else {
                    flush();
                    blocks.add(b);
                }
            }
        }

        private void flush() {
            if (text.length() > 0) {
                blocks.add(RawDocument.Block.text(text.toString()));
                text.setLength(0);
            }
        }

        List<RawDocument.Block> done() {
            flush();
            return List.copyOf(blocks);
        }
    }

    /**
     * A line ending inside a long token with no space (a URL or an identifier wrapped at the margin): the break
     * was no space. https://www.example.gov.cn/…%E8%BF / %91%E5… is one address.
     */
    private static boolean cutToken(CharSequence paragraph) {
        int n = 0;
        for (int i = paragraph.length() - 1; i >= 0 && !Character.isWhitespace(paragraph.charAt(i)) && paragraph.charAt(i) < 0x80; i--) {
            n++;
        }
        return n >= 20;
    }

    private static boolean continues(PdfReader.PdfLine prev, PdfReader.PdfLine line, PageGeometry prevPage, PageGeometry page) {
        float cw = line.charWidth() > 0 ? line.charWidth() : page.charWidth;
        boolean prevFull = prev.x1() >= prevPage.right - 1.5f * cw || cutToken(prev.text()) && startsToken(line.text());
        boolean indented = line.x0() >= page.left + 1.5f * cw;
        if (!prevFull || indented) {
            return false;
        }
        if (prev.page() != line.page()) {
            return true;
        }
        float gap = line.y() - prev.y();
        return gap > 0 && gap <= page.lineGap * 1.6f;
    }

    private static boolean startsToken(String s) {
        return !s.isEmpty() && s.charAt(0) < 0x80 && !Character.isWhitespace(s.charAt(0));
    }

    /** A line whose Chinese characters all stand apart ("政 府 工 作") was set with letter-spacing: close it up. */
    static String squeezeSpacedOut(String s) {
        int spaces = 0;
        for (int i = 0; i < s.length() && spaces < 3; i++) {
            spaces += s.charAt(i) == ' ' || s.charAt(i) == '\u00a0' ? 1 : 0;
        }
        if (spaces < 3) {
            return s; // fewer than three gaps: not spaced out (the common line, spared the look-around pattern)
        }
        Matcher m = CJK_SPACE_CJK.matcher(s);
        int gaps = 0;
        while (m.find()) {
            gaps++;
        }
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return gaps >= 3 && gaps * 2 >= han ? CJK_SPACE_CJK.matcher(s).replaceAll("") : s;
    }

    /** Between two Latin letters a line break was a space (words are wrapped whole); digits of one number are not. */
    private static boolean isLatinLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /** Margins, usual line spacing and character width of one page, page numbers left out. */
    private record PageGeometry(float left, float right, float lineGap, float charWidth) {
        /** The geometry of the lines of one page. */
        static PageGeometry of(List<PdfReader.PdfLine> lines) {
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            List<Float> gaps = new ArrayList<>();
            List<Float> widths = new ArrayList<>();
            PdfReader.PdfLine prev = null;
            for (PdfReader.PdfLine l : lines) {
                if (BoilerplateRules.PAGE_NUMBER.matcher(l.text().strip()).matches()) {
                    continue;
                }
                left = Math.min(left, l.x0());
                right = Math.max(right, l.x1());
                if (l.charWidth() > 0) {
                    widths.add(l.charWidth());
                }
                if (prev != null && l.y() > prev.y()) {
                    gaps.add(l.y() - prev.y());
                }
                prev = l;
            }
            return new PageGeometry(left, right, median(gaps, 14f), median(widths, 10f));
        }

        private static float median(List<Float> values, float fallback) {
            if (values.isEmpty()) {
                return fallback;
            }
            float[] a = new float[values.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = values.get(i);
            }
            Arrays.sort(a);
            return a[a.length / 2];
        }
    }
}
