package io.mubiao.extract.core.entity;

import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import io.mubiao.extract.core.EntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds named entity mentions in a document's text. Thread-safe and deterministic.
 *
 * <p>Per content line (web boilerplate is filtered by {@link BoilerplateFilter}) a {@link LineContext} cuts the line
 * into HanLP's dictionary words and gazetteer names; each {@link NameFinder} adds candidates (the dictionary,
 * departments, head-word names, quoted and book-title names, numbered sessions, province abbreviations, persons, lists
 * of works, doctrines that hide the names inside them, bodies with their place or level, regions, places and companies
 * in lists, company short names, institutes and associations, and the kinds that are no names);
 * {@link FacilityContinuation} and {@link ListSiblings} extend the winning ones (南开医院|中西医结合临床中心, the
 * neighbours of a found museum in a list); the {@link OverlapResolver} keeps the longest; {@link AbbreviationLinker}
 * gives short forms the full name the same document spells out. Resources are loaded once.
 */
public final class EntityRecognizer {

    /** Boilerplate line kinds read besides content (masked: filing numbers, contacts); none in the product. */
    private final Set<BoilerplateFilter.LineKind> alsoRead;
    private final Gazetteer gazetteer;
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final List<NameFinder> finders;
    private final OverlapResolver resolver = new OverlapResolver();
    private final FacilityContinuation continuation = new FacilityContinuation(HeadWords.get(), CueLexicon.get());
    private final ListSiblings siblings = new ListSiblings(HeadWords.get(), CueLexicon.get());

    /** Skips every boilerplate line (navigation, URLs, credits, link lists, copyright and address lines). */
    public EntityRecognizer() {
        this(Set.of());
    }

    /**
     * Also reads the given boilerplate line kinds, masked; the scorer's gold convention (the names in 相关政府网站 link
     * lists and 版权所有 lines count) is one such set, kept beside the scorer in mubiao-cli.
     */
    public EntityRecognizer(Set<BoilerplateFilter.LineKind> alsoRead) {
        this.alsoRead = Set.copyOf(alsoRead);
        this.gazetteer = Gazetteer.get();
        CueLexicon cues = CueLexicon.get();
        HeadWords heads = HeadWords.get();
        this.finders = List.of(new GazetteerFinder(), new DepartmentFinder(cues), new HeadWordFinder(heads, cues),
                new QuotedNameFinder(heads, cues), new SessionFinder(), new ProvinceAbbreviationFinder(cues),
                new PersonFinder(gazetteer, cues), new DoctrineFinder(cues), new MetroLineFinder(),
                new CompanyListFinder(cues), new PlaceComboFinder(cues), new PlaceLabFinder(cues), new WorksListFinder(cues),
                new CraftNameFinder(), new HotlineFinder(), new TitleLineFinder(),
                // bodies, places and companies beyond the dictionary (docs/entities.md)
                new PlaceBodyFinder(), new DistributiveBodyFinder(cues), new MemberWordFinder(cues), new LevelPrefixFinder(heads),
                new RegionHeadFinder(cues), new CompassFinder(), new PlaceListFinder(cues), new CompanyStemFinder(cues),
                new SchoolKindFinder(heads, cues), new InstituteAbbreviationFinder(), new AssociationFinder(cues));
    }

    public List<EntityMention> recognize(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        DoubleArrayTrieSegment segment = newSegment();
        List<EntityMention> out = new ArrayList<>();
        for (BoilerplateFilter.Line line : boilerplate.classify(text)) {
            if (!wanted(line.kind())) {
                continue;
            }
            String s = text.substring(line.start(), line.end());
            if (line.kind() != BoilerplateFilter.LineKind.CONTENT) {
                s = mask(s);
            }
            if (!s.isBlank() && hasHan(s)) {
                recognizeLine(new LineContext(s, gazetteer, segment), line.start(), out);
            }
        }
        return AbbreviationLinker.link(out);
    }

    private void recognizeLine(LineContext line, int base, List<EntityMention> out) {
        List<Span> candidates = new ArrayList<>();
        for (NameFinder f : finders) {
            f.find(line, candidates);
        }
        continuation.extend(line, candidates);
        siblings.extend(line, candidates);
        for (Span c : resolver.resolve(candidates, line.length())) {
            if (c.type().equals(Span.NOT_A_NAME)) {
                continue;
            }
            out.add(new EntityMention(line.s.substring(c.start(), c.end()), c.type(), c.canonical(),
                    base + c.start(), base + c.end()));
        }
    }

    private boolean wanted(BoilerplateFilter.LineKind kind) {
        return kind == BoilerplateFilter.LineKind.CONTENT || alsoRead.contains(kind);
    }

    /** Replaces filing numbers, contact details and similar fragments by spaces (offsets are kept). */
    static String mask(String s) {
        Matcher m = BoilerplateFilter.LEGAL_FRAGMENT.matcher(s);
        if (!m.find()) {
            return s;
        }
        char[] c = s.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) {
                c[i] = ' ';
            }
        } while (m.find());
        return new String(c);
    }

    static DoubleArrayTrieSegment newSegment() {
        DoubleArrayTrieSegment seg = new DoubleArrayTrieSegment();
        seg.enablePartOfSpeechTagging(true);
        seg.enableCustomDictionary(false);
        return seg;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
