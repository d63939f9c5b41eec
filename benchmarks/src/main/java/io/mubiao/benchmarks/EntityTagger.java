package io.mubiao.benchmarks;

import io.mubiao.extract.core.EntityMention;
import java.util.List;

/** A named entity recognizer under comparison, with its tags already mapped to the project's types. */
public interface EntityTagger {
    String name();

    List<EntityMention> tag(String text);
}
