package io.mubiao.extract.messaging;

import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.contracts.DocumentExtracted.ExtractedEntity;
import io.mubiao.contracts.DocumentExtracted.ExtractedTarget;
import io.mubiao.contracts.DocumentExtracted.TableCell;
import io.mubiao.extract.core.EntityMention;
import io.mubiao.extract.core.ExtractionResult;
import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.Target;
import io.mubiao.extract.core.table.TableEvidence;
import java.time.Instant;
import java.util.List;

/** Maps the core's result to the {@code documents.extracted} contract. Plain Java: unit-testable. */
public final class ExtractionEvents {
    private ExtractionEvents() {
    }

    public static DocumentExtracted toEvent(String documentId, ExtractionResult result) {
        List<ExtractedTarget> targets = result.targets().stream().map(ExtractionEvents::target).toList();
        List<ExtractedEntity> entities = result.entities().stream().map(ExtractionEvents::entity).toList();
        return new DocumentExtracted(documentId, Extractor.VERSION, Instant.now(), targets, entities);
    }

    private static ExtractedTarget target(Target t) {
        return new ExtractedTarget(t.indicator(), t.subject(), t.kind(), t.measure(), t.value(), t.valueMax(),
                t.unit(), t.comparator(), t.year(), t.normalizedValue(), t.baseUnit(), t.theme(), t.quote(),
                t.sentence(), t.start(), t.end(), t.section(), t.sentenceStart(), t.sentenceEnd(),
                t.table() == null ? null : t.table().attribute(), table(t.table()));
    }

    private static TableCell table(TableEvidence e) {
        if (e == null) {
            return null;
        }
        return new TableCell(e.caption(), e.captionStart() < 0 ? null : e.captionStart(), e.captionEnd() < 0 ? null : e.captionEnd(),
                e.row(), e.rowStart(), e.rowEnd(), e.column(), e.columnStart() < 0 ? null : e.columnStart(),
                e.columnEnd() < 0 ? null : e.columnEnd());
    }

    private static ExtractedEntity entity(EntityMention e) {
        return new ExtractedEntity(e.text(), e.type(), e.canonical(), e.start(), e.end());
    }
}
