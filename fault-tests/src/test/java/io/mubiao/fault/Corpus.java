package io.mubiao.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Distinct real documents cut from seeds/ (windows of lines), and how many targets a clean run of the
 * extractor finds in each: the CLI (bin/mubiao extract), a separate process that no fault touches.
 */
final class Corpus {
    record Doc(String fileName, String text) {
    }

    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Integer> cleanTargets = new HashMap<>();
    private int next;

    Corpus(Path root, int count) throws Exception {
        List<List<String>> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("seeds"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
            }
        }
        Map<String, Doc> byText = new LinkedHashMap<>();
        for (int window = 12, round = 0; byText.size() < count && round < 50; round++, window++) {
            for (int si = 0; si < seeds.size() && byText.size() < count; si++) {
                List<String> lines = seeds.get(si);
                for (int start = round % 3; start + window <= lines.size() && byText.size() < count; start += window) {
                    String text = String.join("\n", lines.subList(start, start + window)) + "\n";
                    byText.putIfAbsent(text, new Doc(String.format("fault-%03d.txt", byText.size()), text));
                }
            }
        }
        docs.addAll(byText.values());
        if (docs.size() < count) {
            throw new IllegalStateException("only " + docs.size() + " distinct windows");
        }
        countCleanTargets(root);
    }

    List<Doc> take(int n) {
        List<Doc> out = docs.subList(next, next + n);
        next += n;
        return out;
    }

    int cleanTargets(Doc d) {
        return cleanTargets.get(d.fileName());
    }

    private void countCleanTargets(Path root) throws Exception {
        Path dir = Stack.WORK.resolve("corpus");
        Files.createDirectories(dir);
        List<String> cmd = new ArrayList<>(List.of(ChildProcess.java(), "-cp", root.resolve("mubiao-cli/target/classes")
                + ":" + Files.readString(root.resolve("mubiao-cli/target/cli-classpath.txt")).strip(),
                "io.mubiao.extract.cli.Main", "extract"));
        for (Doc d : docs) {
            Path f = dir.resolve(d.fileName());
            Files.writeString(f, d.text(), StandardCharsets.UTF_8);
            cmd.add(f.toString());
            cleanTargets.put(d.fileName(), 0);
        }
        Path out = Stack.WORK.resolve("clean-run.jsonl");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(Stack.WORK.resolve("clean-run.err").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the clean extraction failed: " + Files.readString(Stack.WORK.resolve("clean-run.err")));
        }
        Pattern doc = Pattern.compile("\"doc\"\\s*:\\s*\"([^\"]+)\"");
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (line.matches(".*\"record\"\\s*:\\s*\"target\".*")) {
                Matcher m = doc.matcher(line);
                if (m.find()) {
                    cleanTargets.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
    }

    static void writeFigures(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }
}
