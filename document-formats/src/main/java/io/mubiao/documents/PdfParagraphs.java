package io.mubiao.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private PdfParagraphs() {
    }

    static String join(List<PdfReader.PdfLine> lines) {
        Map<Integer, PageGeometry> pages = new HashMap<>();
        for (PdfReader.PdfLine l : lines) {
            pages.computeIfAbsent(l.page(), p -> PageGeometry.of(lines, p));
        }
        List<String> out = new ArrayList<>();
        List<String> pageNumbers = new ArrayList<>(); // held back while a paragraph runs across the page break
        StringBuilder paragraph = null;
        PdfReader.PdfLine prev = null;
        for (PdfReader.PdfLine line : lines) {
            String text = squeezeSpacedOut(line.text().strip());
            if (BoilerplateRules.PAGE_NUMBER.matcher(text).matches()) {
                pageNumbers.add(text);
                continue;
            }
            if (paragraph != null && continues(prev, line, pages.get(prev.page()), pages.get(line.page()))) {
                char a = paragraph.charAt(paragraph.length() - 1);
                if (isLatinLetter(a) && !text.isEmpty() && isLatinLetter(text.charAt(0))) {
                    paragraph.append(' ');
                }
                paragraph.append(text);
            } else {
                if (paragraph != null) {
                    out.add(paragraph.toString());
                }
                out.addAll(pageNumbers);
                pageNumbers.clear();
                paragraph = new StringBuilder(text);
            }
            prev = line;
        }
        if (paragraph != null) {
            out.add(paragraph.toString());
        }
        out.addAll(pageNumbers);
        return String.join("\n", out);
    }

    private static boolean continues(PdfReader.PdfLine prev, PdfReader.PdfLine line, PageGeometry prevPage, PageGeometry page) {
        float cw = line.charWidth() > 0 ? line.charWidth() : page.charWidth;
        boolean prevFull = prev.x1() >= prevPage.right - 1.5f * cw;
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

    /** A line whose Chinese characters all stand apart ("政 府 工 作") was set with letter-spacing: close it up. */
    static String squeezeSpacedOut(String s) {
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
        static PageGeometry of(List<PdfReader.PdfLine> lines, int page) {
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            List<Float> gaps = new ArrayList<>();
            List<Float> widths = new ArrayList<>();
            PdfReader.PdfLine prev = null;
            for (PdfReader.PdfLine l : lines) {
                if (l.page() != page || BoilerplateRules.PAGE_NUMBER.matcher(l.text().strip()).matches()) {
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
