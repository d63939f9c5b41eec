package io.mubiao.extract.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.documents.DocumentReader;
import io.mubiao.documents.ReadDocument;
import io.mubiao.documents.UploadFields;
import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PDF made from a work report's text (laid out as government PDFs are: running header, page numbers in the
 * footer, justified paragraphs; benchmarks/pdf-fidelity/run.sh made these with LibreOffice) gives at least 95 %
 * of the figures the text gives, with the same quotes, and no more than 5 % extra.
 */
class PdfFidelityTest {
    private static final Extractor EXTRACTOR = new Extractor();

    @ParameterizedTest
    @ValueSource(strings = {"001_4964d99e3b1f1011", "003_c71f8966921ed387"})
    void thePdfGivesTheFiguresOfTheText(String seed) throws IOException {
        ReadDocument text = DocumentReader.read(Path.of("../seeds/" + seed + ".txt"));
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/pdf-fidelity/" + seed + ".pdf")) {
            pdf = in.readAllBytes();
        }
        ReadDocument fromPdf = DocumentReader.read(pdf, "application/pdf", UploadFields.fileName(seed + ".pdf"));
        Map<String, Integer> fromText = figures(EXTRACTOR.targets(DocumentTables.source(seed, text)));
        Map<String, Integer> pdfFigures = figures(EXTRACTOR.targets(DocumentTables.source(seed, fromPdf)));
        int total = fromText.values().stream().mapToInt(Integer::intValue).sum();
        int found = 0;
        int extra = 0;
        for (Map.Entry<String, Integer> e : pdfFigures.entrySet()) {
            int inText = fromText.getOrDefault(e.getKey(), 0);
            found += Math.min(inText, e.getValue());
            extra += Math.max(0, e.getValue() - inText);
        }
        assertTrue(total > 50, "the seed gives figures: " + total);
        assertTrue(found >= 0.95 * total, seed + ": " + found + " of " + total + " figures of the text found in the PDF");
        assertTrue(extra <= 0.05 * total, seed + ": " + extra + " extra figures from the PDF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"001_4964d99e3b1f1011", "003_c71f8966921ed387"})
    void thePdfTextIsTheAuthorsParagraphsWithoutPageFurniture(String seed) throws IOException {
        ReadDocument text = DocumentReader.read(Path.of("../seeds/" + seed + ".txt"));
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/pdf-fidelity/" + seed + ".pdf")) {
            pdf = in.readAllBytes();
        }
        ReadDocument fromPdf = DocumentReader.read(pdf, "application/pdf", UploadFields.fileName(seed + ".pdf"));
        java.util.Set<String> pdfLines = java.util.Set.of(fromPdf.text().split("\n"));
        List<String> lines = List.of(text.text().split("\n"));
        long same = lines.stream().filter(pdfLines::contains).count();
        assertTrue(same >= 0.95 * lines.size(), seed + ": " + same + " of " + lines.size() + " paragraphs come back verbatim");
        assertTrue(fromPdf.removed().stream().filter(r -> r.reason().equals("running-header")).count() >= 2,
                "the running header of every page is removed");
        assertTrue(fromPdf.removed().stream().filter(r -> r.reason().equals("page-number")).count() >= 2,
                "the page numbers in the footer are removed");
    }

    /** (quote without spaces, value, unit) → how many times. */
    private static Map<String, Integer> figures(List<Target> targets) {
        Map<String, Integer> out = new HashMap<>();
        for (Target t : targets) {
            String quote = Normalizer.normalize(t.quote(), Normalizer.Form.NFKC).replaceAll("\\s+", "");
            out.merge(quote + '\u0000' + t.value() + '\u0000' + t.unit(), 1, Integer::sum);
        }
        return out;
    }
}
