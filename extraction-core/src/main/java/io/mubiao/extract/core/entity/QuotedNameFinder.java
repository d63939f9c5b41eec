package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names marked by punctuation. 《…》 is a law, plan or document (POLICY) or a newspaper (ORG) by its ending. A quoted
 * “…” is a programme (POLICY) when it ends with a head word (“十项行动”), when a programme word follows (“千万工程”经验,
 * “两重”建设) or a programme verb precedes it (推行“换位跑一次”, 用好“两新”); not a period (“十五五”), a figure or a
 * count of doctrines (“两个确立”, “四个意识”), nor a slogan on a place name (“海上福建”). The quotation marks are not
 * part of the text.
 */
final class QuotedNameFinder implements NameFinder {

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》\\n]{1,80})》");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"\\n]{2,16})[”\"]");
    private static final Pattern INNER_PUNCT = Pattern.compile("[，。；：,;:！？\\s]");
    private static final Pattern PERIOD = Pattern.compile("十?[一二三四五六七八九十]五(时期|期间|规划)?|[一二三四五六七八九十]+五");
    private static final Pattern YEARS = Pattern.compile("[（(][\\d—–\\-～~年]+[）)]$");
    private static final Pattern LIST_GAP = Pattern.compile("[、和与及]");
    private static final String OBJECT_END = "，。；、：！？）“”和与及等";
    private static final Pattern NUMBER = Pattern.compile("[\\d.%]+.*|.*[\\d.]+[%万亿元个]");

    private final HeadWords heads;
    private final Pattern bookPolicy;
    private final Pattern bookMedia;
    private final Set<String> after;
    private final Set<String> before;
    private final Set<String> generic;

    QuotedNameFinder(HeadWords heads, CueLexicon cues) {
        this.heads = heads;
        this.bookPolicy = endings(cues.section("book-policy-endings"));
        this.bookMedia = endings(cues.section("book-media-endings"));
        this.after = cues.set("quoted-after");
        this.before = cues.set("quoted-before");
        this.generic = cues.set("generic-modifiers");
    }

    private static Pattern endings(List<String> words) {
        return Pattern.compile("(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")$");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        if (s.indexOf('《') >= 0) {
            Matcher m = BOOK_TITLE.matcher(s);
            while (m.find()) {
                String t = YEARS.matcher(m.group(1).strip()).replaceFirst(""); // …行动方案（2021-2025年）
                if (!t.isEmpty() && bookMedia.matcher(t).find() && t.length() <= 12) {
                    out.add(new Span(m.start(1), m.end(1), "ORG", t, 3));
                } else if (!t.isEmpty() && bookPolicy.matcher(t).find()) {
                    out.add(new Span(m.start(1), m.end(1), "POLICY", t, 3));
                }
            }
        }
        if (s.indexOf('“') >= 0 || s.indexOf('"') >= 0) {
            Matcher m = QUOTED.matcher(s);
            int listEnd = -1;
            while (m.find()) {
                // 用好“两重”、“两新”: an item of a list whose first item is a programme is one too
                boolean listed = listEnd >= 0 && LIST_GAP.matcher(s.substring(listEnd, m.start())).matches();
                listEnd = quoted(line, m.group(1), m.start(1), m.end(1), listed, out) ? m.end() : -1;
            }
        }
    }

    private boolean quoted(LineContext line, String t, int st, int en, boolean listed, List<Span> out) {
        if (INNER_PUNCT.matcher(t).find() || t.indexOf('+') >= 0 || t.indexOf('、') >= 0 || PERIOD.matcher(t).matches()
                || NUMBER.matcher(t).matches()) {
            return false;
        }
        Gazetteer.Entry e = line.gazetteer.lookup(t);
        String type = e != null ? e.type() : headType(t);
        if (type != null) {
            out.add(new Span(st, en, type, e != null ? e.canonical() : t, 3));
            return "POLICY".equals(type);
        }
        if (!t.contains("个") && !placeSlogan(line, st, en) && (listed || context(line.s, st - 1, en + 1))) {
            out.add(new Span(st, en, "POLICY", t, 1));
            return true;
        }
        return false;
    }

    /** “海上福建”, “数字江苏”: a slogan built on a place name is no programme; the place is a LOCATION of its own. */
    private static boolean placeSlogan(LineContext line, int st, int en) {
        for (int k = line.unitIndexAt(st); k < line.units.size() && line.unit(k).start() < en; k++) {
            if (line.unit(k).isType("LOCATION")) {
                return true;
            }
        }
        return false;
    }

    /** The type of the head word {@code t} ends with (a whole quoted name), or null. */
    private String headType(String t) {
        for (int len = Math.min(heads.longest(), t.length() - 1); len >= 2; len--) {
            HeadWords.Head h = heads.get(t.substring(t.length() - len));
            if (h != null && generic.contains(t.substring(0, t.length() - len))) {
                return null; // “形象工程”“政绩工程”: a kind of work, quoted to disown it
            }
            if (h != null && h.word().equals("工程")) {
                return heads.containsFacilityHead(t) ? "FACILITY" : "POLICY"; // “六治工程”
            }
            if (h != null && h.profile() == HeadWords.Profile.PROGRAMME) {
                return h.type();
            }
        }
        return null;
    }

    /** A programme word right after the closing mark or a programme verb right before the opening one. */
    private boolean context(String s, int open, int close) {
        // after a verb the quotation must end the object (推行“换位跑一次”，), not modify a noun (开展“卡脖子”关键技术攻关)
        boolean endsObject = close >= s.length() || OBJECT_END.indexOf(s.charAt(close)) >= 0;
        for (int len = 2; len <= 6; len++) {
            if (close + len <= s.length() && after.contains(s.substring(close, close + len))
                    || endsObject && open - len >= 0 && before.contains(s.substring(open - len, open))) {
                return true;
            }
        }
        return false;
    }
}
