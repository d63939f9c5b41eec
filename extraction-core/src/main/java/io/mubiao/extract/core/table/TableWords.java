package io.mubiao.extract.core.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The word list of {@code extraction/table-words.txt}: header words by column role, and indicator words. */
final class TableWords {
    /** role, word; in the file's order. */
    static final List<String[]> ALL = load();

    private TableWords() {
    }

    /** The words of one role. */
    static List<String> of(String role) {
        List<String> out = new ArrayList<>();
        for (String[] w : ALL) {
            if (w[0].equals(role)) {
                out.add(w[1]);
            }
        }
        return List.copyOf(out);
    }

    private static List<String[]> load() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = TableWords.class.getResourceAsStream("/extraction/table-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource extraction/table-words.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    String[] parts = t.split("\t");
                    out.add(new String[] {parts[0].strip(), parts[1].strip()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
