package io.mubiao.extract.core.entity;

import io.mubiao.text.BoilerplateRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A small line classifier for web-page boilerplate in documents scraped from portals: navigation, breadcrumbs, menu
 * blocks, URLs, editor credits, share/print widgets, copyright and ICP/public-security filing lines, and link lists
 * ("相关政府网站", "友情链接"). Works line by line with a little context (a menu is a run of short lines; a link list
 * follows its header). Stateless and thread-safe.
 */
public final class BoilerplateFilter {

    /** The class of one line. */
    public enum LineKind {
        CONTENT,
        /** Blank line. */
        BLANK,
        /** Breadcrumbs, menus, "首页 | …", share/print widgets, "上一篇/下一篇". */
        NAVIGATION,
        /** A bare URL. */
        URL,
        /** 责任编辑/编辑/审核/校对/作者/记者/摄影 credits and "投稿与新闻线索" contact lines. */
        CREDIT,
        /** 版权所有, Copyright, ICP/公网安备 filing numbers, disclaimers. */
        LEGAL,
        /** A list of links to other sites after a header such as 相关政府网站 / 友情链接. */
        LINK_LIST
    }

    /** One classified line: [start, end) in the text, without the line terminator. */
    public record Line(int start, int end, LineKind kind) {
    }

    /** Lines longer than this that hold a full stop are content without further tests. */
    private static final int MAX_BOILERPLATE_LINE = 300;
    /** Filing numbers and similar fragments that never hold an entity; masked inside otherwise useful lines. */
    static final Pattern LEGAL_FRAGMENT = Pattern.compile(
            "[\\p{IsHan}]{0,2}ICP\\s*[备证]\\s*\\d+号(-\\d+)?|[\\p{IsHan}]{0,2}公网安备\\s*\\d+号|邮编\\s*[:：]\\s*\\d{6}"
                    + "|(电话|传真|手机|微信|邮箱)[/\\s]*[:：]\\s*[\\w#@.\\-/ ]+|[Cc]opyright|©\\s*\\d{4}(-\\d{4})?");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[，。；！？,;!?：:、]");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[、.．]|第[一二三四五六七八九十\\d]+)");

    /** Splits {@code text} into lines and classifies each. */
    public List<Line> classify(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int s = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                int e = i;
                if (e > s && text.charAt(e - 1) == '\r') {
                    e--;
                }
                spans.add(new int[] {s, e});
                s = i + 1;
            }
        }
        LineKind[] kinds = new LineKind[spans.size()];
        boolean inLinkList = false;
        for (int k = 0; k < spans.size(); k++) {
            String line = text.substring(spans.get(k)[0], spans.get(k)[1]);
            LineKind kind = classifyLine(line);
            if (kind == LineKind.BLANK) {
                kinds[k] = kind;
                continue;
            }
            if (kind == LineKind.LINK_LIST) {
                inLinkList = true;
            } else if (inLinkList && kind == LineKind.CONTENT && looksLikeList(line)) {
                kind = LineKind.LINK_LIST;
            } else if (kind == LineKind.CONTENT) {
                inLinkList = false;
            }
            kinds[k] = kind;
        }
        markMenuBlocks(text, spans, kinds);
        List<Line> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            out.add(new Line(spans.get(k)[0], spans.get(k)[1], kinds[k]));
        }
        return out;
    }

    /** The class of a single line, without context. */
    public LineKind classifyLine(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return LineKind.BLANK;
        }
        if (t.length() > MAX_BOILERPLATE_LINE && t.indexOf('。') >= 0) {
            return LineKind.CONTENT; // a long paragraph with sentences is content
        }
        return kindOf(BoilerplateRules.classify(t, false));
    }

    /** The line rules are document-text's {@link BoilerplateRules}, shared with document-formats and the extractor. */
    static LineKind kindOf(String reason) {
        if (reason == null) {
            return LineKind.CONTENT;
        }
        switch (reason) {
            case "url": return LineKind.URL;
            case "editor": case "contact": return LineKind.CREDIT;
            case "copyright": case "icp": case "colophon": return LineKind.LEGAL;
            case "link-list": return LineKind.LINK_LIST;
            default: return LineKind.NAVIGATION; // breadcrumb, share, navigation, image, page-number
        }
    }

    /** Several short items separated by runs of spaces, without sentence punctuation. */
    private static boolean looksLikeList(String line) {
        String t = line.strip();
        if (t.contains("。") || t.contains("，")) {
            return false;
        }
        return t.split("[\\s\\u3000]{2,}|\\s*[|｜]\\s*").length >= 2;
    }

    /** A run of three or more consecutive short lines without punctuation or numbering is a menu. */
    private static void markMenuBlocks(String text, List<int[]> spans, LineKind[] kinds) {
        int k = 0;
        while (k < spans.size()) {
            int j = k;
            while (j < spans.size() && kinds[j] != LineKind.BLANK && isMenuItem(text.substring(spans.get(j)[0], spans.get(j)[1]))) {
                j++;
            }
            if (j - k >= 3) {
                for (int x = k; x < j; x++) {
                    if (kinds[x] == LineKind.CONTENT) {
                        kinds[x] = LineKind.NAVIGATION;
                    }
                }
            }
            k = Math.max(j, k + 1);
        }
    }

    private static boolean isMenuItem(String line) {
        String t = line.strip().replaceFirst("^[•·●▪■◆\\-*]\\s*", "");
        return !t.isEmpty() && t.length() <= 6 && !SENTENCE_PUNCT.matcher(t).find() && !NUMBERED.matcher(t).find();
    }
}
