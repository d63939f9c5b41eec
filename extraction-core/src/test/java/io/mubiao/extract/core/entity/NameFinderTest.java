package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of every finder: spans inside the line, the same answer each time (stateless), any order of finders. */
class NameFinderTest {

    private static final String LINE = "深入实施提振消费专项行动，市长张工说，牧原、宇通等企业在天津港保税区建设神农实验室，"
            + "坚持以习近平新时代中国特色社会主义思想为指导，建成地铁4号线，支持工会、妇联，来津投资，出台《天津市促进个体工商户发展条例》，市委十二届三次全会审议通过，推动苏锡常、宁镇扬等融合发展。";

    private static List<NameFinder> finders() {
        CueLexicon cues = CueLexicon.get();
        HeadWords heads = HeadWords.get();
        return List.of(new GazetteerFinder(), new DepartmentFinder(cues), new HeadWordFinder(heads, cues),
                new QuotedNameFinder(heads, cues), new SessionFinder(), new ProvinceAbbreviationFinder(cues),
                new PersonFinder(Gazetteer.get(), cues), new DoctrineFinder(cues), new MetroLineFinder(),
                new CompanyListFinder(cues), new PlaceComboFinder(cues));
    }

    @Test
    void everyFinderIsStatelessAndStaysInsideTheLine() {
        for (NameFinder f : finders()) {
            List<Span> first = Lines.find(f, LINE);
            assertEquals(first, Lines.find(f, LINE), f.getClass().getSimpleName());
            for (Span s : first) {
                assertTrue(s.end() <= LINE.length(), () -> f.getClass().getSimpleName() + " " + s);
            }
        }
    }

    @Test
    void eachFinderContributes() {
        for (NameFinder f : finders()) {
            assertTrue(!Lines.find(f, LINE).isEmpty(), () -> f.getClass().getSimpleName() + " found nothing in the line");
        }
    }
}
