package io.mubiao.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both overlays render with kubectl's Kustomize and pass the strict model and reference checks. */
class OverlaysTest {

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void overlayRendersAndPassesAllChecks(String overlay) {
        assumeTrue(Repo.kubectl() != null,
                "kubectl is not on the PATH: the overlays are not rendered here (CI has kubectl)");
        List<String> problems = Checks.renderAndCheck(Repo.overlay(overlay), overlay);
        assertTrue(problems.isEmpty(), "overlays/" + overlay + ":\n  " + String.join("\n  ", problems));
    }
}
