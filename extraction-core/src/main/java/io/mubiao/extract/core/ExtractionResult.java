package io.mubiao.extract.core;

import java.util.List;

/** Everything the core found in one document. */
public record ExtractionResult(List<Target> targets, List<EntityMention> entities) {
}
