package io.mubiao.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * HTML → text with jsoup: one line per block element, scripts and styles dropped, and the page's furniture
 * (navigation, breadcrumbs, share bars, footers, link lists) recognized by element and class/id names and
 * recorded instead of kept.
 */
final class HtmlReader {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "nav",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead",
            "blockquote", "pre", "form", "center", "address", "figure", "figcaption", "hr", "caption", "body");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "object", "embed", "select", "button", "input", "textarea", "head", "title", "meta", "link");
    /** class/id words of page furniture, in the order they are tried, with the reason recorded. */
    private static final Pattern[] FURNITURE_NAMES = {
            Pattern.compile("bread|crumb|position|location|weizhi|dqwz"),
            Pattern.compile("share|fenxiang|bdshare|social"),
            Pattern.compile("copyright|banquan|footer|foot\\b|bottom|beian"),
            Pattern.compile("friendlink|friend-link|links?\\b|related|xgwz|yqlj|link-?list"),
            Pattern.compile("\\bnav|menu|topbar|toolbar|header\\b|sidebar|daohang"),
    };
    private static final String[] FURNITURE_REASONS = {"breadcrumb", "share", "copyright", "link-list", "navigation"};
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*(?:[_|｜]|\\s[-—–]\\s|——|--)\\s*");

    private HtmlReader() {
    }

    static RawDocument read(byte[] bytes, String declaredCharset) {
        String charset = declaredCharset != null ? declaredCharset : metaCharset(bytes);
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, charset, true);
        Document doc = Jsoup.parse(decoded.text());
        String title = pageTitle(doc);
        List<RawDocument.Block> blocks = new ArrayList<>();
        List<RawTable> tables = new ArrayList<>();
        Set<Element> dataTables = new HashSet<>();
        int[] inCell = {0}; // depth of data-table cells: their line breaks are spaces, a row stays one line
        StringBuilder current = new StringBuilder();
        Element body = doc.body();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText().replaceAll("[\\s\\u00a0]+", " "));
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (INVISIBLE.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String reason = e == body ? null : furniture(e);
                if (reason != null) {
                    flush(current, blocks);
                    String text = e.text().strip();
                    if (!text.isEmpty()) {
                        blocks.add(new RawDocument.Block(text, reason));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("table")) {
                    RawTable t = dataTable(e);
                    if (t != null) {
                        tables.add(t);
                        dataTables.add(e);
                    }
                }
                if ((tag.equals("td") || tag.equals("th")) && dataTables.contains(e.closest("table"))) {
                    inCell[0]++;
                }
                if (inCell[0] > 0 && (tag.equals("br") || BLOCKS.contains(tag))) {
                    current.append(' ');
                } else if (tag.equals("br")) {
                    current.append('\n');
                } else if (tag.equals("img")) {
                    return FilterResult.CONTINUE;
                } else if (tag.equals("td") || tag.equals("th")) {
                    current.append(' ');
                } else if (BLOCKS.contains(tag)) {
                    current.append('\n');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if ((tag.equals("td") || tag.equals("th")) && inCell[0] > 0 && dataTables.contains(e.closest("table"))) {
                        inCell[0]--;
                    }
                    if (BLOCKS.contains(tag)) {
                        current.append(inCell[0] > 0 ? ' ' : '\n');
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        flush(current, blocks);
        return new RawDocument(blocks, title, decoded.charset(), false, List.copyOf(tables));
    }

    /**
     * A table of data: rows of short cells, no table inside. A page laid out with a table (a sidebar cell beside
     * the article) is no table of data.
     */
    private static RawTable dataTable(Element table) {
        if (!table.select("table table").isEmpty()) {
            return null;
        }
        RawTable.Builder b = new RawTable.Builder();
        int r = 0;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                String text = cell.text();
                if (text.length() > CELL_MAX) {
                    return null;
                }
                b.add(r, text, span(cell.attr("rowspan")), span(cell.attr("colspan")));
            }
            r++;
        }
        return b.build();
    }

    private static final int CELL_MAX = 200;

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.strip());
            return n < 1 ? 1 : Math.min(n, 100);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void flush(StringBuilder current, List<RawDocument.Block> blocks) {
        if (!current.toString().isBlank()) {
            blocks.add(RawDocument.Block.text(current.toString()));
        }
        current.setLength(0);
    }

    /** Why an element is page furniture, or null when it may hold document text. */
    static String furniture(Element e) {
        String tag = e.normalName();
        if (tag.equals("nav")) {
            return "navigation";
        }
        if (tag.equals("footer")) {
            return "copyright";
        }
        if (tag.equals("aside")) {
            return "link-list";
        }
        if (tag.equals("header") && e.select("h1,h2").isEmpty()) {
            return "navigation";
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
        if (names.isEmpty() || !e.select("h1").isEmpty()) {
            return null; // never drop the block holding the article's heading
        }
        // A container with much prose is content whatever it is called (class="main-bottom" ...).
        if (e.text().length() > 600 && e.select("p").size() > 3) {
            return null;
        }
        for (int i = 0; i < FURNITURE_NAMES.length; i++) {
            if (FURNITURE_NAMES[i].matcher(names).find()) {
                return FURNITURE_REASONS[i];
            }
        }
        return null;
    }

    /** The article's own title: its {@code <h1>}, else the longest part of {@code <title>} (site names are split off). */
    private static String pageTitle(Document doc) {
        Element h1 = doc.body().selectFirst("h1");
        if (h1 != null && !h1.text().isBlank() && h1.text().strip().length() <= 200) {
            return h1.text().strip();
        }
        String t = doc.title().strip();
        if (t.isEmpty()) {
            return null;
        }
        // "文章标题_网站名" / "文章标题 - 网站名": the article's title comes first
        String best = "";
        for (String part : TITLE_SEPARATOR.split(t)) {
            if (part.strip().length() >= 4) {
                best = part.strip();
                break;
            }
        }
        if (best.isEmpty()) {
            best = t;
        }
        return best.isEmpty() ? null : best;
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

    /** The charset a {@code <meta>} of the first bytes declares, or null. */
    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
