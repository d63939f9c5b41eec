package io.mubiao.extract.core;

import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import io.mubiao.extract.core.entity.EntityRecognizer;
import io.mubiao.extract.core.table.TableFigures;
import io.mubiao.text.DocumentDates;
import io.mubiao.text.FurnitureWords;
import io.mubiao.text.Heading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
    public static final String VERSION = "0.4.0";

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

    /** The targets alone (the entity recognizer is not run). Every occurrence of a figure is its own statement. */
    public List<Target> targets(SourceDocument document) {
        String text = document.text();
        LocalDate date = document.date() != null ? document.date() : DocumentDates.detect(text);
        Integer docYear = date == null ? null : date.getYear();
        TargetBuilder.DocumentContext doc = new TargetBuilder.DocumentContext(text, docYear, PlanDocuments.scope(text),
                document.genre());
        ScopeTracker scopes = new ScopeTracker(docYear, ScopeTracker.documentScope(doc.docScope(), document.genre(), docYear));
        TableFigures tables = TableFigures.read(text, document.tables(), docYear, doc.docScope());
        List<Target> out = new ArrayList<>();
        Restatements restatements = new Restatements();
        RestatedGoals goals = new RestatedGoals();
        SectionHeadings headings = SectionHeadings.of(document);
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            eol = eol < 0 ? text.length() : eol;
            int ls = pos;
            pos = eol + 1;
            if (FurnitureWords.isFurniture(text.substring(ls, eol))) {
                continue;
            }
            if (tables.isRow(ls)) { // a table's row: its figures are read from its cells, not as a sentence
                addTableRow(tables, ls, scopes.section(), out);
                continue;
            }
            int contentStart = ls;
            Heading h = headings.at(ls, eol);
            if (h != null) {
                scopes.heading(h);
                if (ls + h.bodyAt() >= eol) {
                    continue;
                }
                contentStart = ls + h.bodyAt();
            }
            String opening = ParagraphOpening.of(text, contentStart, eol);
            for (Target t : paragraph(doc, contentStart, eol, opening, scopes.paragraph(opening), scopes.section())) {
                Target goal = goals.apply(t);
                if (restatements.isNew(goal)) {
                    out.add(goal);
                }
            }
        }
        return out;
    }

    /** The targets of one paragraph; a relative time word (今年, 去年) carries on to the sentences after it. */
    private List<Target> paragraph(TargetBuilder.DocumentContext doc, int from, int to, String opening, TimeScope base,
            List<String> section) {
        String text = doc.text();
        List<Target> out = new ArrayList<>();
        TimeScope rolling = TimeScope.NONE;
        for (TextSpan s : SentenceSplitter.split(text, from, to)) {
            List<Mention> mentions = MentionScanner.scan(text, s.start(), s.end());
            ThemeClassifier.Choice previous = null;
            for (Draft d : mentions.isEmpty() ? List.<Draft>of() : ClauseAnalyzer.analyze(text, s.start(), s.end(), mentions)) {
                Target t = TargetBuilder.build(doc, s, d, rolling.orElse(base), section);
                previous = themes.choose(section, opening, t.indicator(), t.sentence(), t.start() - s.start(),
                        t.end() - s.start(), previous);
                out.add(t.withTheme(previous.theme()));
            }
            TimeScope relative = TimeCues.relative(s.of(text), doc.docYear());
            if (ScopeTracker.known(relative)) {
                rolling = relative;
            }
        }
        return out;
    }

    private void addTableRow(TableFigures tables, int lineStart, List<String> section, List<Target> out) {
        for (Target t : tables.row(lineStart, section)) {
            ThemeClassifier.Choice c = themes.choose(section, "", t.indicator(), t.sentence(), t.start() - t.sentenceStart(),
                    t.end() - t.sentenceStart(), null);
            out.add(t.withTheme(c.theme()));
        }
    }
}
