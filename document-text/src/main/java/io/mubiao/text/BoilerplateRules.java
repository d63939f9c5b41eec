package io.mubiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture in the lines of a document: navigation, breadcrumbs, share buttons, link lists, copyright, ICP
 * and site-credit lines, editor and source credits, contact lines for submissions, image file names, bare URLs,
 * page numbers, and the colophon of an official document (抄送：…, …印发, 附件：…). Each rule looks at one line
 * (a paragraph) and is written for what such lines are everywhere, never for one page; a long line of prose is
 * never furniture. The one home of these rules: document-formats cuts such lines out of what it reads, the
 * extractor skips them ({@link FurnitureWords}) and its entity reader classifies its lines with them.
 */
public final class BoilerplateRules {
    static final Pattern IMAGE = Pattern.compile("(?i)^[\\w\\-.()\\[\\]~ ]{1,120}\\.(?:jpe?g|png|gif|bmp|webp|tiff?|svg)$");
    static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S+$");
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|所在位置|当前页面)\\s*[:：]?");
    private static final Pattern CRUMB_TRAIL = Pattern.compile("^(?:首页|主页|网站首页|Home)\\s*(?:>>|>|＞|»|›|→|/|－|-)");
    /** 新闻中心>>新闻时讯>>正文: three or more short names in a chain of >> or ». */
    private static final Pattern CRUMB_CHAIN = Pattern.compile("^[^。，；>»]{1,20}(?:\\s*(?:>>|»)\\s*[^。，；>»]{1,20}){2,}$");
    static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)版权所有|copyright|©|\\(c\\)\\s*\\d{4}|版权归|转载需|未经.{0,8}(?:授权|许可|同意).{0,12}(?:转载|使用|复制|镜像)|禁止转载|"
                    + "转载请注明|^(?:特别|免责|版权)声明[:：]|^凡(?:来源|注明|本网).{0,40}(?:转载|原创)|[如若]有侵权");
    /** Every COPYRIGHT alternative holds one of these ((?i) folds ASCII only: c or C). */
    static final String COPYRIGHT_CHARS = "版©cC转未声凡侵";
    /** Filing numbers, and the credits of the site itself (主办单位：天津市人民政府办公厅, 技术支持：…). */
    static final Pattern ICP = Pattern.compile(
            "ICP备|ICP证|公网安备|网安备|备案号|备案编号|网站标识码|政府网站标识码|^(?:主办单位|承办单位|协办单位|技术支持)\\s*[:：]");
    /** Every ICP alternative holds one of these. */
    static final String ICP_CHARS = "I备标主承协技";
    private static final Pattern EDITOR = Pattern.compile(
            "^[\\[【(（]?\\s*(?:责任编辑|值班编辑|编辑|责编|主编|审核|审校|审稿|校对|终审|初审|复审|监制|统筹|作者|记者|通讯员|摄影|摄像|制图|供稿|稿源|"
                    + "文章来源|信息来源|来源|出处|发布机构|撰稿)\\s*[:：]");
    private static final Pattern CREDIT = Pattern.compile("^(?:摘自|转自|选自|原载|来源于|稿件来源)\\s*《[^》]{1,30}》.{0,12}$");
    static final Pattern CONTACT = Pattern.compile("投稿|新闻线索|爆料|纠错|举报电话");
    /** Every CONTACT alternative starts with one of these. */
    static final String CONTACT_CHARS = "投新爆纠举";
    static final Pattern SHARE = Pattern.compile(
            "分享到|分享至|一键分享|扫一扫|扫码|用手机|打印本页|打印此页|【打印】|\\[打印\\]|【关闭】|\\[关闭\\]|关闭窗口|关闭本页|返回顶部|"
                    + "收藏本页|加入收藏|设为首页|字号[:：]|【字体|\\[字体|【大\\s*中\\s*小】|^(?:收藏|点赞|转发|评论|打印|关闭|分享|微信|微博|QQ空间|\\s)+$");
    /**
     * Every SHARE alternative holds one of these; a line of buttons alone (the last one) starts with one, as
     * classify strips the line.
     */
    static final String SHARE_CHARS = "分扫用打【[关返收加设字点转评微Q";
    /** The header of a list of links to other sites: 相关政府网站, 友情链接 (with a colon, LINK_LABEL's). */
    private static final Pattern LINK_HEADER = Pattern.compile(
            "^(?:相关政府网站|相关部门网站|相关网站|政府网站|部门网站|友情链接|相关链接|兄弟单位|兄弟商会|兄弟网站|网站链接)$");
    /**
     * The colophon (版记) of an official document: 抄送：市委各部门…, 天津市人民政府办公厅 2023年1月5日印发, and the
     * label of an attachment (附件：1.…; 附件2) whose text follows.
     */
    private static final Pattern COLOPHON = Pattern.compile(
            "^抄送\\s*[:：]|^\\S.{0,40}(?:19|20)\\d\\d年\\d{1,2}月\\d{1,2}日\\s*印发$|^附件\\s*(?:\\d{1,2}\\s*[:：]?|[:：])\\s*(?:\\d{1,2}[.．、])?[^\\s。]{0,40}$");
    private static final Pattern NAV_WORDS = Pattern.compile("搜索|登录|注册|投稿|订阅|客户端|无障碍|长者模式|English|繁體|简体版|网站地图|联系我们|返回首页");
    private static final Pattern PREV_NEXT = Pattern.compile("^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\\s*[:：]?");
    static final Pattern MORE = Pattern.compile("查看更多|更多\\s*>|更多>>|>>更多|更多\\+");
    private static final Pattern LINK_LABEL = Pattern.compile(
            "^[^，。,；;！？]{0,12}(?:网站|链接|站点|导航|专题|商会|媒体|单位)\\s*[:：]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[ \\t\\u00a0\\u3000]{2,}|\\s*[|｜]\\s*");
    private static final String SENTENCE_PUNCTUATION_CHARS = "。，,；;！？!?：:“”";
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[" + SENTENCE_PUNCTUATION_CHARS + "]");
    /** An item holding a Han character; '.' stops at line terminators, as it always did here. */
    private static final Pattern HAS_HAN = Pattern.compile(".*\\p{IsHan}.*");
    private static final Pattern DASHED_PAGE_NUMBER = Pattern.compile("^[-—–－]\\s*\\d{1,4}\\s*[-—–－]$|^第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?$");
    public static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－]\\s*\\d{1,4}\\s*[-—–－]$|^第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?$|^\\d{1,4}(?:\\s*/\\s*\\d{1,4})?$");
    private static final Pattern BARE_PAGE_NUMBER = Pattern.compile("^\\d{1,4}(?:\\s*/\\s*\\d{1,4})?$");
    /** A dateline: the date (and time) a page was published, often followed by source, keywords and share buttons. */
    public static final Pattern DATELINE = Pattern.compile(
            "^(?:发布时间|发布日期|发表时间|时间|日期)?\\s*[:：]?\\s*(?:19|20)\\d\\d[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?");
    private static final Pattern DATELINE_TAIL = Pattern.compile(
            "(?:(?:关键词|关键字|标签|Tags)\\s*[:：].*|(?:\\s*(?:收藏|点赞|分享|打印|关闭|评论|转发|【?字号[:：]?\\s*[大中小 ]+】?|浏览(?:次数|量)?[:：]?\\s*\\d*|阅读(?:量|数)?[:：]?\\s*\\d*))+)$");

    private BoilerplateRules() {
    }

    /**
     * Why a whole line is furniture, or null when it is document text. Each regex is run only after a cheap test
     * that every line it matches passes (a length, a literal it must hold, the prose test): most lines are prose
     * and fail them all, and these tests cost far less than the regexes.
     */
    public static String classify(String line, boolean paged) {
        String t = line.strip();
        int n = t.length();
        if (mayBeImageName(t) && IMAGE.matcher(t).matches()) {
            return "image";
        }
        if ((t.startsWith("http") || t.startsWith("www.")) && URL.matcher(t).matches()) {
            return "url";
        }
        if (n <= 200 && (BREADCRUMB.matcher(t).find() || CRUMB_TRAIL.matcher(t).find() || CRUMB_CHAIN.matcher(t).matches())) {
            return "breadcrumb";
        }
        if (n <= 300 && !looksLikeProse(t, 150) && hasAnyOf(t, COPYRIGHT_CHARS) && COPYRIGHT.matcher(t).find()) {
            return "copyright";
        }
        if (n <= 200 && hasAnyOf(t, ICP_CHARS) && ICP.matcher(t).find()) {
            return "icp";
        }
        if (n <= 80 && (EDITOR.matcher(t).find() || CREDIT.matcher(t).matches())) {
            return "editor";
        }
        if (n <= 150 && !looksLikeProse(t, 150) && hasAnyOf(t, CONTACT_CHARS) && CONTACT.matcher(t).find()) {
            return "contact";
        }
        if (n <= 60 && hasAnyOf(t, SHARE_CHARS) && SHARE.matcher(t).find()) {
            return "share";
        }
        if (n <= 10 && NAV_WORDS.matcher(t).find() || n <= 80 && PREV_NEXT.matcher(t).find()) {
            return "navigation";
        }
        if (n <= 200 && t.contains("更多") && MORE.matcher(t).find()) {
            return "link-list";
        }
        if (n <= 400 && !looksLikeProse(t, 400) && LINK_LABEL.matcher(t).find() || n <= 8 && LINK_HEADER.matcher(t).matches()) {
            return "link-list";
        }
        if (n <= 80 && (t.startsWith("抄送") || t.startsWith("附件") || t.endsWith("印发")) && COLOPHON.matcher(t).find()) {
            return "colophon";
        }
        String listKind = listLine(t);
        if (listKind != null) {
            return listKind;
        }
        if (DASHED_PAGE_NUMBER.matcher(t).matches() || paged && BARE_PAGE_NUMBER.matcher(t).matches()) {
            return "page-number";
        }
        return null;
    }

    /**
     * What IMAGE needs before its regex: at most 125 characters (120 of name, a dot, an extension of 3 or 4
     * letters) and the last dot 4 or 5 from the end, with a name before it (an extension holds no dot).
     */
    static boolean mayBeImageName(String t) {
        int dot = t.lastIndexOf('.');
        int ext = t.length() - dot - 1;
        return t.length() <= 125 && dot >= 1 && (ext == 3 || ext == 4);
    }

    /** True when {@code t} holds any of the characters of {@code chars}. */
    static boolean hasAnyOf(String t, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (t.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row of links: three or more short items without digits or sentence punctuation, set apart by runs of
     * spaces or bars. Digits keep table rows of figures out of it.
     */
    static String listLine(String t) {
        if (hasDigitOrSentencePunctuation(t)) {
            return null; // some item would hold it however the line is split: separators are spaces and bars only
        }
        String[] items = LIST_SEPARATOR.split(t);
        if (items.length < 3) {
            // single spaces (a PDF or a page whose spacing was collapsed) only when the row is longer
            items = t.split(" ");
            if (items.length < 4 || !java.util.Arrays.stream(items).allMatch(i -> HAS_HAN.matcher(i).matches())) {
                return null;
            }
        }
        for (String item : items) {
            String i = item.strip();
            if (i.length() > 20 || SENTENCE_PUNCTUATION.matcher(i).find() || i.chars().anyMatch(Character::isDigit)) {
                return null;
            }
        }
        return t.contains("|") || t.contains("｜") ? "navigation" : "link-list";
    }

    /** What listLine refuses in any item, looked for in the whole line: a digit or SENTENCE_PUNCTUATION. */
    static boolean hasDigitOrSentencePunctuation(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) || SENTENCE_PUNCTUATION_CHARS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A line with a full stop well inside it, or long, reads as prose. */
    private static boolean looksLikeProse(String t, int longerThan) {
        int stop = t.indexOf('。');
        return t.length() > longerThan || stop >= 0 && stop < t.length() - 1 && t.length() > 80;
    }

    /** A run of very short lines without punctuation: a menu copied as text. */
    static boolean isMenuItem(String t) {
        String s = t.strip();
        return s.length() <= 6 && !SENTENCE_PUNCTUATION.matcher(s).find() && s.chars().noneMatch(Character::isDigit);
    }

    /** Where furniture trails a dateline (keywords, share buttons, view counts): the offset to cut from, or -1. */
    public static int datelineTail(String t) {
        if (t.length() > 200 || !DATELINE.matcher(t).find()) {
            return -1;
        }
        Matcher m = DATELINE_TAIL.matcher(t);
        return m.find() && m.start() > 0 ? m.start() : -1;
    }

    /**
     * Classifies every line, adding the rules that need context: before a breadcrumb near the top, the short
     * lines are the site's header and menu; a run of three or more menu items at the very top is a menu.
     */
    public static List<String> classifyAll(List<String> lines, List<String> known, boolean paged) {
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            reasons.add(known.get(i) != null ? known.get(i) : classify(lines.get(i), paged));
        }
        int lastCrumb = -1;
        for (int i = 0; i < Math.min(lines.size(), 20); i++) {
            if ("breadcrumb".equals(reasons.get(i))) {
                lastCrumb = i;
            }
        }
        for (int j = 0; j < lastCrumb; j++) {
            if (reasons.get(j) == null && lines.get(j).strip().length() <= 20
                    && !SENTENCE_PUNCTUATION.matcher(lines.get(j)).find()) {
                reasons.set(j, "navigation");
            }
        }
        int run = 0;
        while (run < lines.size() && reasons.get(run) == null && isMenuItem(lines.get(run))) {
            run++;
        }
        if (run >= 3) {
            for (int j = 0; j < run; j++) {
                reasons.set(j, "navigation");
            }
        }
        return reasons;
    }
}
