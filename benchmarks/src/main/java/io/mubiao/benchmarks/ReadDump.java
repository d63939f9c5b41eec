package io.mubiao.benchmarks;

import io.mubiao.documents.DocumentReader;
import io.mubiao.documents.DocumentTable;
import io.mubiao.documents.ReadDocument;
import io.mubiao.documents.RemovedText;
import io.mubiao.documents.UploadFields;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What DocumentReader reads of each file (text, removed pieces, tables, title, date, genre), one text file each in
 * OUT_DIR: run with two commits' readers (BENCH_READER_JAR) and compare the folders to see what a change of the
 * readers changed. Usage: {@code ReadDump OUT_DIR FILE...}.
 */
public final class ReadDump {
    private ReadDump() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            StringBuilder b = new StringBuilder();
            try {
                ReadDocument d = DocumentReader.read(Files.readAllBytes(file), "application/octet-stream",
                        UploadFields.fileName(file.getFileName().toString()));
                b.append(d.text()).append("\n===== removed\n");
                for (RemovedText r : d.removed()) {
                    b.append(r).append('\n');
                }
                b.append("===== tables\n");
                for (DocumentTable t : d.tables()) {
                    b.append(t).append('\n');
                }
                b.append("===== ").append(d.title()).append(' ').append(d.date()).append(' ').append(d.genre()).append('\n');
            } catch (RuntimeException e) {
                b.append("rejected: ").append(e.getMessage()).append('\n');
            }
            String name = file.toAbsolutePath().getParent().getFileName() + "__" + file.getFileName() + ".txt";
            Files.writeString(out.resolve(name), b.toString());
        }
    }
}
