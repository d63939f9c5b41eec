package io.mubiao.benchmarks;

import io.mubiao.extract.core.EntityMention;
import io.mubiao.extract.eval.HanLpBaselineRecognizer;
import java.util.List;

/**
 * HanLP's own NER pipeline alone: {@code HanLP.newSegment()} with person, place and organisation recognition (the
 * project's {@link HanLpBaselineRecognizer}: nr → PERSON, ns → LOCATION, nt → ORG).
 */
public final class HanLpTagger implements EntityTagger {
    private final HanLpBaselineRecognizer recognizer = new HanLpBaselineRecognizer();

    @Override
    public String name() {
        return "HanLP portable-1.8.6 NER";
    }

    @Override
    public List<EntityMention> tag(String text) {
        return recognizer.recognize(text);
    }
}
