package io.mubiao.benchmarks.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import io.mubiao.benchmarks.CoreNlpTypes;
import io.mubiao.benchmarks.EntityTagger;
import io.mubiao.extract.core.EntityMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP 4.5.10's Chinese NER pipeline: {@code StanfordCoreNLP-chinese.properties} from the models-chinese
 * jar (CTB segmenter, chinese-distsim POS tagger, chinese.misc.distsim CRF NER, the Chinese fine-grained regexner),
 * with annotators {@code tokenize,ssplit,pos,lemma,ner}: parse and coref dropped (NER does not use them), and the
 * numeric classifiers off (NUMBER/DATE/PERCENT/MONEY are not entities here; SUTime is already off for Chinese).
 * Entity mentions are CoreNLP's own (consecutive tokens with one tag), mapped by {@link CoreNlpTypes}.
 */
public final class CoreNlpChineseNer implements EntityTagger {
    private final StanfordCoreNLP pipeline;

    public CoreNlpChineseNer() {
        Properties props = new Properties();
        try (InputStream in = StanfordCoreNLP.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-chinese.properties")) {
            if (in == null) {
                throw new IllegalStateException("StanfordCoreNLP-chinese.properties not on the classpath (models-chinese jar)");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public String name() {
        return "Stanford CoreNLP 4.5.10 Chinese NER";
    }

    @Override
    public List<EntityMention> tag(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        List<EntityMention> out = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            String type = CoreNlpTypes.projectType(m.entityType());
            if (type == null) {
                continue;
            }
            Pair<Integer, Integer> span = m.charOffsets();
            String surface = text.substring(span.first(), span.second());
            if (!surface.isBlank()) {
                out.add(new EntityMention(surface, type, surface, span.first(), span.second()));
            }
        }
        return out;
    }
}
