package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bar of issue 17: every rule class that docs/extraction.md or docs/entities.md names has a test class of its
 * own. A rule class is named as a backticked identifier (`ScopeTracker`, `core.entity.HeadWordFinder`,
 * `Extractor.extract(SourceDocument)` names Extractor) whose top-level type in extraction-core's main sources is a
 * class or an enum; records (Mention, Span) are values and interfaces (NameFinder) contracts, not rules.
 * rule-classes-without-tests.txt lists the classes still waiting for their test; an entry that has one fails too,
 * so the list only shrinks.
 */
class RuleClassesHaveTestsTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\n]+)`");
    /** Lower-case package segments, then the class: core.entity.EntityRecognizer → EntityRecognizer. */
    private static final Pattern LEADING_CLASS = Pattern.compile("^(?:[a-z]\\w*\\.)*([A-Z]\\w*)");
    private static final Pattern RULE_TYPE = Pattern.compile("^(?:public\\s+)?(?:final\\s+|abstract\\s+)*(class|enum)\\s",
            Pattern.MULTILINE);

    @Test
    void everyRuleClassTheDocsNameHasItsOwnTest() throws IOException {
        Map<String, Path> main = javaFiles(MODULE.resolve("src/main/java"));
        Set<String> tests = javaFiles(MODULE.resolve("src/test/java")).keySet();
        Set<String> named = new TreeSet<>();
        for (String doc : new String[] {"extraction.md", "entities.md"}) {
            named.addAll(ruleClassesNamed(MODULE.resolve("../docs").resolve(doc), main));
        }
        assertFalse(named.size() < 20, () -> "the docs name too few rule classes to be read right: " + named);
        Set<String> pending = pending();
        Set<String> missing = named.stream().filter(c -> !tests.contains(c + "Test") && !pending.contains(c))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "rule classes named in docs/ without a <Class>Test in src/test/java");
        Set<String> stale = pending.stream().filter(c -> tests.contains(c + "Test") || !named.contains(c))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), stale, "rule-classes-without-tests.txt names classes that have a test or no longer"
                + " a rule class of the docs: remove them");
    }

    @Test
    void aRecordOrAnInterfaceIsNotARuleClass() throws IOException {
        Map<String, Path> main = javaFiles(MODULE.resolve("src/main/java"));
        assertEquals(true, isRuleClass(main.get("MentionScanner")));
        assertEquals(false, isRuleClass(main.get("Mention")));
    }

    private static Set<String> ruleClassesNamed(Path doc, Map<String, Path> main) throws IOException {
        Set<String> out = new TreeSet<>();
        Matcher m = BACKTICKED.matcher(Files.readString(doc, StandardCharsets.UTF_8));
        while (m.find()) {
            Matcher c = LEADING_CLASS.matcher(m.group(1));
            if (c.find() && main.containsKey(c.group(1)) && isRuleClass(main.get(c.group(1)))) {
                out.add(c.group(1));
            }
        }
        return out;
    }

    private static boolean isRuleClass(Path source) throws IOException {
        return RULE_TYPE.matcher(Files.readString(source, StandardCharsets.UTF_8)).find();
    }

    private static Map<String, Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toMap(
                    p -> p.getFileName().toString().replace(".java", ""), p -> p, (a, b) -> a));
        }
    }

    private static Set<String> pending() throws IOException {
        try (InputStream in = RuleClassesHaveTestsTest.class.getResourceAsStream("/rule-classes-without-tests.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
