package io.mubiao.extract.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.contracts.EventJson;
import io.mubiao.contracts.EventTypes;
import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.SourceDocument;
import io.mubiao.testing.EventSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documents.extracted event carries each target's theme and sentence offsets, and fits its schema. */
class ExtractionEventsThemeTest {

    @Test
    void targetsCarryThemeAndSentenceOffsets() throws Exception {
        String text = Files.readString(Path.of("../seeds/001_4964d99e3b1f1011.txt"));
        DocumentExtracted event = ExtractionEvents.toEvent("0123456789abcdef",
                new Extractor().extract(new SourceDocument("001.txt", text, null)));
        assertEquals(Extractor.VERSION, event.extractorVersion());
        assertFalse(event.targets().isEmpty());
        for (DocumentExtracted.ExtractedTarget t : event.targets()) {
            assertNotNull(t.theme(), t::toString);
            assertEquals(t.sentence(), text.substring(t.sentenceStart(), t.sentenceEnd()));
            assertEquals(t.quote(), text.substring(t.start(), t.end()));
        }
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_EXTRACTED_V1,
                EventJson.mapper().writeValueAsString(event)));
    }
}
