package io.mubiao.extract.core;

import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import io.mubiao.extract.core.entity.EntityRecognizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The extraction core: deterministic and thread-safe, no framework types. Called by the service, the
 * command line, the tests and the benchmarks alike.
 *
 * <p>Pipeline: date of the document → lines (page furniture dropped) → headings and the time scope
 * of each section and paragraph → sentences → figures ({@link MentionScanner}) → indicators and lists
 * ({@link ClauseAnalyzer}) → measure, sign, comparator, kind and year for each figure.
 */
public final class Extractor {
    /** Bumped whenever a change can alter the output for the same input; results carry it. */
    public static final String VERSION = "0.3.0";

    private static final Pattern TIME_RADIUS = Pattern.compile("^[^，。；、]{0,10}圈");

    private final EntityRecognizer entities = new EntityRecognizer();
    private final ThemeClassifier themes;

    /** With the default theme taxonomy (Tianjin's ten actions plus macro and reform_opening). */
    public Extractor() {
        this(ThemeTaxonomy.loadDefault());
    }

    /** With the given theme taxonomy: every target is filed under one of its themes. */
    public Extractor(ThemeTaxonomy taxonomy) {
        this.themes = new ThemeClassifier(taxonomy);
    }

    public ExtractionResult extract(SourceDocument document) {
        return new ExtractionResult(targets(document), entities.recognize(document.text()));
    }

    /** The targets alone (the entity recognizer is not run). */
    public List<Target> targets(SourceDocument document) {
        String text = document.text();
        LocalDate date = document.date() != null ? document.date() : DocumentDates.detect(text);
        Integer docYear = date == null ? null : date.getYear();
        TimeScope docScope = PlanDocuments.scope(text);

        List<Target> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Heading> path = new ArrayList<>();
        List<TimeScope> pathScopes = new ArrayList<>();
        TimeScope paragraphScope = TimeScope.NONE;

        int pos = 0;
        int len = text.length();
        while (pos < len) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = len;
            }
            int ls = pos;
            pos = eol + 1;
            String line = text.substring(ls, eol);
            if (Boilerplate.isFurniture(line)) {
                continue;
            }
            int contentStart = ls;
            Heading h = Headings.parse(text, ls, eol);
            if (h != null) {
                while (!path.isEmpty() && path.get(path.size() - 1).level() >= h.level()) {
                    path.remove(path.size() - 1);
                    pathScopes.remove(pathScopes.size() - 1);
                }
                TimeScope hs = TimeCues.heading(h.title(), docYear);
                path.add(h);
                pathScopes.add(hs);
                if (h.level() == 1 || hs.kind() != null || hs.from() != null) {
                    paragraphScope = TimeScope.NONE;
                }
                if (h.contentStart() >= eol) {
                    continue;
                }
                contentStart = h.contentStart();
            }
            TimeScope sectionScope = docScope;
            for (TimeScope s : pathScopes) {
                sectionScope = s.orElse(sectionScope);
            }
            String opening = opening(text, contentStart, eol);
            TimeScope cue = TimeCues.cue(opening, docYear);
            TimeScope base;
            if ((cue.kind() != null || cue.from() != null) && TimeCues.isShortRun(opening)) {
                base = cue.orElse(paragraphScope).orElse(sectionScope); // 一季度…: this paragraph only
            } else {
                if (cue.kind() != null || cue.from() != null) {
                    paragraphScope = cue;
                }
                base = paragraphScope.orElse(sectionScope);
            }
            List<String> section = new ArrayList<>(path.size());
            for (Heading p : path) {
                section.add(p.title());
            }
            TimeScope rolling = TimeScope.NONE;
            for (int[] s : SentenceSplitter.split(text, contentStart, eol)) {
                List<Mention> mentions = MentionScanner.scan(text, s[0], s[1]);
                if (!mentions.isEmpty()) {
                    List<Draft> drafts = ClauseAnalyzer.analyze(text, s[0], s[1], mentions);
                    ThemeClassifier.Choice previous = null;
                    for (Draft d : drafts) {
                        Target t = target(text, s, d, rolling.orElse(base), docYear, section);
                        previous = themes.choose(section, opening, t.indicator(), t.sentence(), t.start() - s[0],
                                t.end() - s[0], previous);
                        t = t.withTheme(previous.theme());
                        if (seen.add(t.quote() + '\u0000' + t.value() + t.unit() + '\u0000' + t.indicator())) {
                            out.add(t);
                        }
                    }
                }
                TimeScope relative = TimeCues.relative(text.substring(s[0], s[1]), docYear);
                if (relative.kind() != null || relative.from() != null) {
                    rolling = relative;
                }
            }
        }
        return out;
    }

    /**
     * The opening clause of a paragraph, where a time cue sets the scope of what follows (五年来，…;
     * 2023年…预期目标是：). A reported-speech lead (市长在报告中说,) is skipped.
     */
    static String opening(String text, int from, int to) {
        int end = from;
        int clauses = 0;
        while (end < to && end - from < 40) {
            char c = text.charAt(end);
            if (c == '，' || c == ',' || c == '。' || c == '；' || c == '：' || c == ':') {
                String clause = text.substring(from, end);
                if (clauses++ == 0 && clause.endsWith("说")) {
                    end++;
                    continue;
                }
                break;
            }
            end++;
        }
        return text.substring(from, end);
    }

    private static Target target(String text, int[] sentence, Draft d, TimeScope outer, Integer docYear, List<String> section) {
        Mention m = d.mention();
        if (d.comparator() != null && m.comparator() == null) {
            m = m.withComparator(d.comparator());
        }
        TimeScope local = YearResolver.local(text, sentence[0], m.start(), docYear);
        TimeScope scope = local.orElse(outer);
        String measure = MeasureClassifier.classify(d.pre(), d.indicator(), m);
        int sign = MeasureClassifier.sign(d.pre(), measure);
        String comparator = Comparators.resolve(d.pre(), m);
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
        if (("分钟".equals(m.unit()) || "小时".equals(m.unit())) && TIME_RADIUS.matcher(after).find()) {
            comparator = "at_most"; // 15分钟便民生活圈: everything within the radius
        }
        String clause = text.substring(Math.max(sentence[0], d.quoteStart()), Math.max(d.quoteEnd(), m.end()));
        String kind = KindClassifier.classify(scope, clause, docYear);
        String year = YearResolver.resolve(new TimeScope(kind, scope.from(), scope.to()), d.pre(), measure, m);
        double value = m.value();
        if (m.valueMax() != null && "at_most".equals(comparator)) {
            value = m.valueMax(); // a ceiling stated as a range (1—1.5小时交通圈) is its upper bound
        }
        double signed = sign * value;
        String unit = m.unit();
        String baseUnit = Units.baseUnit(unit);
        Double normalized = Units.normalize(signed, unit);
        int qs = Math.max(sentence[0], d.quoteStart());
        int qe = Math.max(d.quoteEnd(), m.end());
        return new Target(text.substring(qs, qe), d.indicator(), d.subject(), kind, measure, signed,
                m.valueMax() == null ? null : sign * m.valueMax(), unit, comparator, year, normalized, baseUnit, null,
                qs, qe, text.substring(sentence[0], sentence[1]), List.copyOf(section), sentence[0], sentence[1]);
    }
}
