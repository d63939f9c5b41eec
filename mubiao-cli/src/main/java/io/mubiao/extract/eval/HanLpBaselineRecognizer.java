package io.mubiao.extract.eval;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.mubiao.extract.core.EntityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline for evaluation: HanLP's own named entity tags only (portable viterbi segmenter with person, place and
 * organisation recognition), nr* → PERSON, ns* → LOCATION, nt* → ORG, nothing else, no boilerplate filter.
 */
public final class HanLpBaselineRecognizer {

    private static Segment newSegment() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
    }

    public List<EntityMention> recognize(String text) {
        List<EntityMention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (Term t : newSegment().seg(text)) {
            String nature = t.nature == null ? "" : t.nature.toString();
            String type = nature.startsWith("nr") ? "PERSON"
                    : nature.startsWith("ns") ? "LOCATION"
                    : nature.startsWith("nt") ? "ORG" : null;
            if (type != null && !t.word.isBlank()) {
                out.add(new EntityMention(t.word, type, t.word, t.offset, t.offset + t.word.length()));
            }
        }
        return out;
    }
}
