package io.mubiao.extract.core.entity;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Person names need a cue: a title right before (市长, 书记, 负责同志, 部长, 发言人, 副局级 …) or a speech verb right
 * after (说, 表示, 介绍 …), and a common surname. HanLP's own person tags are not used: on policy text they are mostly
 * wrong. Stateless and thread-safe.
 */
final class PersonCues {

    private static final String TITLES = "新闻发言人|发言人|负责同志|负责人|副局级|总书记|副书记|书记|副市长|市长|副区长|区长|副省长|省长|"
            + "副县长|县长|副主席|主席|副总理|总理|副部长|部长|副局长|局长|副厅长|厅长|副主任|主任|副秘书长|秘书长|常委|副院长|院长|副校长|校长|"
            + "董事长|总经理|总裁|理事长|副会长|会长|院士|教授|研究员|总工程师|处长|科长|所长|行长|委员长|代表|记者";
    private static final String SPEECHES = "说|表示|介绍|指出|强调|认为|透露|坦言|称|提到|告诉|解释|回应|谈到|讲到|表态";
    private static final Pattern SPEECH = Pattern.compile(SPEECHES);
    private static final Set<String> TITLE_SET = Set.of(TITLES.split("\\|"));
    /** Titles (value 1) and speech verbs (value 2), matched in one linear pass. */
    private static final AhoCorasickDoubleArrayTrie<Integer> CUES = new AhoCorasickDoubleArrayTrie<>();

    static {
        TreeMap<String, Integer> m = new TreeMap<>();
        for (String t : TITLES.split("\\|")) {
            m.put(t, 1);
        }
        for (String v : SPEECHES.split("\\|")) {
            m.put(v, 2);
        }
        CUES.build(m);
    }
    /** Characters that never occur in a given name here (function words, verbs that follow names, admin words). */
    /** Characters that never occur inside a given name here (function words, admin words, numerals). */
    private static final String NOT_IN_NAME = "的了在是和与及等说为从对将把被也都就还又已并且或这那此该各我你他她们市区县省委局部"
            + "会议年月日时个一二三四五六七八九十百千万亿第以于由其";
    /** Characters that close a name when they follow it. */
    private static final String STOP = NOT_IN_NAME + "同主出参调带到作率指讲要向称认透坦提告解回谈表介";
    private final Gazetteer gazetteer;

    PersonCues(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Person spans [start, end) in {@code s}; {@code insideName} tells when a span overlaps a non-person name. */
    List<int[]> find(String s, BiPredicate<Integer, Integer> insideName) {
        List<int[]> out = new ArrayList<>();
        List<int[]> cues = new ArrayList<>();
        CUES.parseText(s, (AhoCorasickDoubleArrayTrie.IHit<Integer>) (b, e, v) -> cues.add(new int[] {b, e, v}));
        for (int[] c : cues) {
            if (c[2] == 1) {
                int st = c[1];
                while (st < s.length() && st - c[1] < 2 && (s.charAt(st) == ' ' || s.charAt(st) == '\u3000')) {
                    st++;
                }
                int len = nameLength(s, st);
                if (len > 0 && !insideName.test(st, st + len)) {
                    out.add(new int[] {st, st + len});
                }
            } else {
                int en = c[0];
                for (int len = 3; len >= 2; len--) {
                    int st = en - len;
                    if (st < 0 || st > 0 && !boundary(s, st)) {
                        continue;
                    }
                    if (validName(s, st, en) && !insideName.test(st, en)) {
                        out.add(new int[] {st, en});
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A name may start here: line start, punctuation, space, or right after a title. */
    private static boolean boundary(String s, int st) {
        if (!isHan(s.charAt(st - 1))) {
            return true;
        }
        for (int l = 2; l <= 5 && l <= st; l++) {
            if (TITLE_SET.contains(s.substring(st - l, st))) {
                return true;
            }
        }
        return false;
    }

    /** The length of the name that starts at {@code st} after a title, or 0. */
    private int nameLength(String s, int st) {
        int best = 0;
        for (int len = 2; len <= 4 && st + len <= s.length(); len++) {
            if (!validName(s, st, st + len)) {
                continue;
            }
            int en = st + len;
            boolean closed = en == s.length() || !isHan(s.charAt(en)) || SPEECH.matcher(s).region(en, s.length()).lookingAt()
                    || STOP.indexOf(s.charAt(en)) >= 0;
            if (len == 4 && !compoundSurname(s, st)) {
                continue;
            }
            if (closed) {
                best = len; // the longest name that is followed by a clean boundary
            }
        }
        return best;
    }

    private boolean validName(String s, int st, int en) {
        int len = en - st;
        boolean compound = compoundSurname(s, st);
        if (len < 2 || len > (compound ? 4 : 3)) {
            return false;
        }
        for (int i = st; i < en; i++) {
            char c = s.charAt(i);
            if (!isHan(c) || (i > st && NOT_IN_NAME.indexOf(c) >= 0)) {
                return false;
            }
        }
        return compound || gazetteer.isSurname(String.valueOf(s.charAt(st)));
    }

    private boolean compoundSurname(String s, int st) {
        return st + 2 <= s.length() && gazetteer.isSurname(s.substring(st, st + 2));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
