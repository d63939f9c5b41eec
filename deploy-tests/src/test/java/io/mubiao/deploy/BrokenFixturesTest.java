package io.mubiao.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each directory under src/test/resources/broken/ is a Kustomization that takes a real overlay (its name starts with
 * dev- or prod-) and breaks one thing; its EXPECT file holds a part of the message the checks must report.
 */
class BrokenFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyBrokenFixtureIsRejected() throws IOException {
        assumeTrue(Repo.kubectl() != null,
                "kubectl is not on the PATH: the broken fixtures are not rendered here (CI has kubectl)");
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(Repo.brokenFixtures())) {
            fixtures = s.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(fixtures.isEmpty(), "no fixtures under " + Repo.brokenFixtures());
        return fixtures.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String name = dir.getFileName().toString();
            String overlay = name.substring(0, name.indexOf('-'));
            String expected = Files.readString(dir.resolve("EXPECT")).trim();
            List<String> problems = Checks.renderAndCheck(dir, overlay);
            assertFalse(problems.isEmpty(), name + " was accepted");
            assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                    name + ": expected a problem containing \"" + expected + "\", got:\n  " + String.join("\n  ", problems));
        }));
    }

    /** Without kubectl too: the strict parser rejects a hand-written rendered document. */
    @Test
    void strictParserRejectsUnknownFieldsAndLostEnumsWithoutKubectl() {
        String yaml = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaNodePool
                metadata:
                  name: pool
                  labels:
                    strimzi.io/cluster: mubiao
                spec:
                  replicas: 1
                  roles: [controler]
                  storage:
                    type: ephemeral
                  replica: 2
                """;
        List<String> problems = new java.util.ArrayList<>();
        StrictModels.parse(Repo.parseDocuments(yaml), problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown field 'replica'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("roles")), problems.toString());
    }

    @Test
    void versionRanges() {
        assertTrue(StrictModels.VersionRange.contains("v1+", "v1"));
        assertFalse(StrictModels.VersionRange.contains("v1+", "v1beta2"));
        assertTrue(StrictModels.VersionRange.contains("v1alpha1-v1beta2", "v1beta1"));
        assertFalse(StrictModels.VersionRange.contains("v1beta2", "v1"));
    }
}
