package io.mubiao.extract.core;

import io.mubiao.contracts.taxonomy.Theme;
import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Files a target under one theme of a {@link ThemeTaxonomy}, from the section it stands in and from what
 * it measures. Evidence is taken in this order; the first step that finds a cue decides:
 *
 * <ol>
 *   <li><b>heading</b>: the deepest heading of the section path holding one of a theme's {@code headingCues}
 *       (names of a policy area specific enough to decide everything under it: 乡村振兴, 绿色低碳,
 *       京津冀协同, 制造业). Skipped in a paragraph that announces the overall targets
 *       (2023年…主要预期目标是：…): such a summary spans every theme, wherever it stands.</li>
 *   <li><b>indicator</b>: {@code indicatorCues} in the indicator's name. When cues of several themes occur,
 *       the earliest wins: the leading modifier names the domain the figure is measured in
 *       (滨海新区经济总量, 农村居民收入, 制造业增加值占地区生产总值比重). Bracketed glosses and denominators
 *       (单位地区生产总值能耗) do not count.</li>
 *   <li><b>previous figure</b>: a figure whose indicator names no area continues the theme of the figure
 *       before it in the same sentence (设立10只天使子基金，总规模达到20亿元).</li>
 *   <li><b>sentence</b>: {@code indicatorCues} in the sentence, the one nearest the quote winning.</li>
 *   <li><b>section</b>: {@code indicatorCues} in the headings, deepest first: broad section titles
 *       (增进民生福祉, 深化改革扩大开放) only decide what nothing more specific claimed.</li>
 *   <li><b>default</b>: the taxonomy's {@link ThemeTaxonomy#defaultTheme()}.</li>
 * </ol>
 *
 * Generic headings (2024年工作回顾, 2025年主要预期目标, 今后五年的目标任务) hold no cue and fall through.
 * Within one text, overlapping cues resolve to the longest (南港工业区 before 工业); equal spans go to the
 * theme listed first. Matching is on NFKC-normalized, lower-cased text. Immutable and thread-safe.
 */
public final class ThemeClassifier {

    /** Which step decided. */
    public enum Basis { HEADING, INDICATOR, PREVIOUS, SENTENCE, SECTION, DEFAULT }

    /** A decision: the theme code, the step that made it and the cue that was found (null for the default). */
    public record Choice(String theme, Basis basis, String cue) {
    }

    /** A paragraph announcing the overall targets of a year or plan period. */
    private static final Pattern OVERALL_TARGETS = Pattern.compile("(?:主要|预期|总体)目标(?:是|为|如下)|主要预期目标|主要指标(?:是|为|如下)");

    private record Cue(int theme, String text) {
    }

    private record Hit(int theme, String cue, int start, int end) {
    }

    private final List<Theme> themes;
    private final List<Cue> headingCues = new ArrayList<>();
    private final List<Cue> indicatorCues = new ArrayList<>();
    private final String defaultTheme;

    public ThemeClassifier(ThemeTaxonomy taxonomy) {
        this.themes = taxonomy.themes();
        for (int i = 0; i < themes.size(); i++) {
            for (String c : themes.get(i).headingCues()) {
                headingCues.add(new Cue(i, norm(c)));
            }
            for (String c : themes.get(i).indicatorCues()) {
                indicatorCues.add(new Cue(i, norm(c)));
            }
        }
        this.defaultTheme = taxonomy.defaultTheme();
    }

    /**
     * The theme of one target, with the step that decided it.
     *
     * @param section        heading path from the outermost heading down (may be empty)
     * @param paragraphLead  the opening clause of the paragraph the sentence stands in (may be null)
     * @param indicator      the indicator's name
     * @param sentence       the sentence holding the figure
     * @param quoteStart     where the quote starts inside {@code sentence} (-1 when unknown)
     * @param quoteEnd       where it ends inside {@code sentence}
     * @param previous       the choice made for the figure before this one in the same sentence, else null
     */
    public Choice choose(List<String> section, String paragraphLead, String indicator, String sentence,
            int quoteStart, int quoteEnd, Choice previous) {
        List<String> path = section == null ? List.of() : section;
        boolean overall = paragraphLead != null && OVERALL_TARGETS.matcher(paragraphLead).find()
                || sentence != null && OVERALL_TARGETS.matcher(sentence).find();
        if (!overall) {
            for (int i = path.size() - 1; i >= 0; i--) {
                Hit h = first(hits(path.get(i), headingCues));
                if (h != null) {
                    return choice(h, Basis.HEADING);
                }
            }
        }
        String named = withoutGlosses(indicator);
        Hit h = first(hits(named, indicatorCues).stream().filter(x -> !denominator(named, x)).toList());
        if (h != null) {
            return choice(h, Basis.INDICATOR);
        }
        if (previous != null && previous.basis() != Basis.DEFAULT) {
            return new Choice(previous.theme(), Basis.PREVIOUS, previous.cue());
        }
        if (sentence != null && !sentence.isEmpty()) {
            h = nearest(sentence, quoteStart, quoteEnd);
            if (h != null) {
                return choice(h, Basis.SENTENCE);
            }
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            h = first(hits(path.get(i), indicatorCues));
            if (h != null) {
                return choice(h, Basis.SECTION);
            }
        }
        return new Choice(defaultTheme, Basis.DEFAULT, null);
    }

    private Choice choice(Hit h, Basis basis) {
        return new Choice(themes.get(h.theme()).code(), basis, h.cue());
    }

    /** The cue nearest the quote: inside it, else the smallest gap to it (before or after). */
    private Hit nearest(String sentence, int quoteStart, int quoteEnd) {
        List<Hit> hits = hits(sentence, indicatorCues);
        if (hits.isEmpty()) {
            return null;
        }
        if (quoteStart < 0) {
            return first(hits);
        }
        // offsets of the normalized sentence differ from the raw one only by NFKC width changes; close enough
        Hit best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Hit h : hits) {
            int gap = h.end() <= quoteStart ? quoteStart - h.end() : h.start() >= quoteEnd ? h.start() - quoteEnd : 0;
            if (gap < bestGap) {
                best = h;
                bestGap = gap;
            }
        }
        return best;
    }

    private static Hit first(List<Hit> hits) {
        Hit best = null;
        for (Hit h : hits) {
            if (best == null || h.start() < best.start()) {
                best = h;
            }
        }
        return best;
    }

    /** Cue occurrences in {@code text}, overlaps resolved to the longest cue (then the earlier theme). */
    private static List<Hit> hits(String text, List<Cue> cues) {
        List<Hit> all = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return all;
        }
        String t = norm(text);
        for (Cue c : cues) {
            for (int i = t.indexOf(c.text()); i >= 0; i = t.indexOf(c.text(), i + 1)) {
                all.add(new Hit(c.theme(), c.text(), i, i + c.text().length()));
            }
        }
        all.sort(Comparator.comparingInt((Hit h) -> h.start() - h.end()).thenComparingInt(Hit::theme).thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            boolean overlaps = false;
            for (Hit k : kept) {
                if (h.start() < k.end() && k.start() < h.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** A cue after 单位/每/万元 is a denominator (单位地区生产总值能耗 measures energy, not output). */
    private static boolean denominator(String indicator, Hit h) {
        String before = norm(indicator).substring(0, h.start());
        return before.endsWith("单位") || before.endsWith("每") || before.endsWith("万元");
    }

    /** The text without bracketed glosses: 社区型养老服务综合体(农村幸福院) → 社区型养老服务综合体. */
    static String withoutGlosses(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("[（(][^（()）]*[)）]", "");
    }

    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
