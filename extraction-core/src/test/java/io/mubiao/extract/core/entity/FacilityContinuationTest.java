package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacilityContinuationTest {

    private final List<NameFinder> finders = List.of(new GazetteerFinder(),
            new HeadWordFinder(HeadWords.get(), CueLexicon.get()));
    private final FacilityContinuation continuation = new FacilityContinuation(HeadWords.get(), CueLexicon.get());

    private List<String> names(String s) {
        LineContext line = Lines.of(s);
        List<Span> spans = new ArrayList<>();
        finders.forEach(f -> f.find(line, spans));
        continuation.extend(line, spans);
        return new OverlapResolver().resolve(spans, s.length()).stream().map(x -> s.substring(x.start(), x.end())).toList();
    }

    @Test
    void aFacilityHeadRightAfterAFoundNameContinuesIt() {
        assertTrue(names("南开医院中西医结合临床中心等开诊。").contains("南开医院中西医结合临床中心"));
        assertTrue(names("武清站商务区等产业合作承载功能。").contains("武清站商务区"));
        assertTrue(names("北京大学京津冀生物医学前沿创新中心落地。").contains("北京大学京津冀生物医学前沿创新中心"));
    }

    @Test
    void notOverAVerbRightAfterTheNameNorOverACount() {
        assertFalse(names("天津港建成国际航运枢纽。").stream().anyMatch(t -> t.startsWith("天津港建成")));
        assertFalse(names("南开医院3个诊疗中心开诊。").stream().anyMatch(t -> t.contains("诊疗中心")));
    }

    @Test
    void onlyTheNameThatWinsTheOverlapIsContinued() {
        // 建设中南大学 (a school guessed over the frame verb) loses to 中南大学国家医学中心 and is not continued
        assertFalse(names("建设中南大学国家医学中心。").stream().anyMatch(t -> t.startsWith("建设")));
    }
}
