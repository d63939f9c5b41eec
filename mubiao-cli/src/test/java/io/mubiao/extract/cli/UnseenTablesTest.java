package io.mubiao.extract.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.documents.DocumentReader;
import io.mubiao.documents.ReadDocument;
import io.mubiao.documents.UploadFields;
import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.Target;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table documents in layouts no rule was written for (document-formats/src/test/resources/tables: a county plan with
 * two header rows, rowspan categories, a unit column and [ ] cumulative cells, ruled; yearly columns with the unit in
 * the caption, unruled; a single target column with ≥ / ≤ / 以上 / 以内 / 不低于 beside a 责任单位 column, unruled),
 * each as HTML and as LibreOffice's DOCX and PDF of it. Precision and recall of the table figures with every field
 * right (TableFiguresGoldTest's matching) over the documents of one format: the bar is 0.90 / 0.90.
 */
class UnseenTablesTest {
    static final List<String> DOCUMENTS = List.of("county-plan", "industry-scale", "water-targets");
    private static final Extractor EXTRACTOR = new Extractor();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"html", "docx", "pdf"})
    void recallAndPrecisionOfTheTableFiguresWithEveryFieldRight(String ext) throws IOException {
        int gold = 0;
        int found = 0;
        int right = 0;
        List<String> notes = new ArrayList<>();
        for (String doc : DOCUMENTS) {
            String name = doc + "." + ext;
            ReadDocument read = DocumentReader.read(TableFiguresGoldTest.resource(name),
                    TableFiguresGoldTest.mediaType(ext), UploadFields.fileName(name));
            List<Target> unmatched = new ArrayList<>(EXTRACTOR.targets(DocumentTables.source(name, read)).stream()
                    .filter(t -> t.table() != null).toList());
            found += unmatched.size();
            for (Map<String, Object> g : TableFiguresGoldTest.gold(doc)) {
                gold++;
                Target hit = unmatched.stream().filter(t -> TableFiguresGoldTest.matches(g, t)).findFirst().orElse(null);
                if (hit == null) {
                    notes.add(name + " missed " + g);
                } else {
                    right++;
                    unmatched.remove(hit);
                }
            }
            unmatched.forEach(t -> notes.add(name + " extra " + TableFiguresGoldTest.show(t)));
        }
        double recall = (double) right / gold;
        double precision = found == 0 ? 0 : (double) right / found;
        System.out.printf("unseen tables, %s: %d gold, %d read, %d right: recall %.3f, precision %.3f%n", ext, gold,
                found, right, recall, precision);
        notes.forEach(n -> System.out.println("  " + n));
        assertTrue(recall >= 0.90 && precision >= 0.90,
                String.format("%s: recall %.3f, precision %.3f%n%s", ext, recall, precision, String.join("\n", notes)));
    }
}
