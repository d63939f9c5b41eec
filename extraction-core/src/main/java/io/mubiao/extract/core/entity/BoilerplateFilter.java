package io.mubiao.extract.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
    private static final Pattern URL = Pattern.compile("^\\s*(https?://|www\\.)\\S+\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB = Pattern.compile(
            "(当前位置|您的位置|你的位置|您现在的位置|所在位置)\\s*[:：]|>>|»|首页\\s*[>＞]|正文\\s*$");
    private static final Pattern WIDGET = Pattern.compile(
            "打印本页|关闭窗口|打印\\s*关闭|分享到|【\\s*字体|字号\\s*[:：]?\\s*[大中小]|上一篇|下一篇|扫一扫|返回顶部|我要投稿|搜索历史|"
                    + "收藏\\s*点赞|查看更多|加入收藏|设为首页|网站地图|联系我们\\s*$|^\\s*投稿\\s*$");
    private static final Pattern CREDIT = Pattern.compile(
            "^[\\s(（【\\[]*(责任编辑|编辑|审核|审校|校对|监制|作者|记者|通讯员|摄影|摄像|制图|统筹|终审|主编|值班编辑)\\s*[:：]"
                    + "|投稿与新闻线索|新闻线索\\s*[:：]|[(（]\\s*(责任编辑|编辑)\\s*[:：]");
    private static final Pattern LEGAL = Pattern.compile(
            "版权所有|copyright|©|all rights reserved|ICP\\s*备|ICP证|公网安备|网安备|备案号|特别声明|免责声明|"
                    + "转载需获授权|版权归原作者|如有侵权|若有侵权|主办单位\\s*[:：]|承办单位\\s*[:：]|技术支持\\s*[:：]",
            Pattern.CASE_INSENSITIVE);
    /** Filing numbers and similar fragments that never hold an entity; masked inside otherwise useful lines. */
    static final Pattern LEGAL_FRAGMENT = Pattern.compile(
            "[\\p{IsHan}]{0,2}ICP\\s*[备证]\\s*\\d+号(-\\d+)?|[\\p{IsHan}]{0,2}公网安备\\s*\\d+号|邮编\\s*[:：]\\s*\\d{6}"
                    + "|(电话|传真|手机|微信|邮箱)[/\\s]*[:：]\\s*[\\w#@.\\-/ ]+|[Cc]opyright|©\\s*\\d{4}(-\\d{4})?");
    private static final Pattern LINK_HEADER = Pattern.compile(
            "^\\s*(相关政府网站|相关部门网站|相关网站|政府网站|部门网站|友情链接|相关链接|兄弟单位|本站兄弟商会|兄弟商会|兄弟网站|网站链接|链接)\\s*[:：]?");
    private static final Pattern NAV_SEPARATORS = Pattern.compile("[|｜]");
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
            if (LINK_HEADER.matcher(line).find()) {
                kind = LineKind.LINK_LIST;
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
        if (URL.matcher(t).matches()) {
            return LineKind.URL;
        }
        if (CREDIT.matcher(t).find()) {
            return LineKind.CREDIT;
        }
        if (LEGAL.matcher(t).find()) {
            return LineKind.LEGAL;
        }
        if (BREADCRUMB.matcher(t).find() || WIDGET.matcher(t).find()) {
            return LineKind.NAVIGATION;
        }
        Matcher m = NAV_SEPARATORS.matcher(t);
        int bars = 0;
        while (m.find()) {
            bars++;
        }
        if (bars >= 3 && !t.contains("。")) {
            return LineKind.NAVIGATION;
        }
        if (LINK_HEADER.matcher(t).find()) {
            return LineKind.LINK_LIST;
        }
        return LineKind.CONTENT;
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
