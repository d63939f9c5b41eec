package io.mubiao.targets.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExtractorVersionsTest {
    @Test
    void comparesAsVersionsNotText() {
        assertTrue(ExtractorVersions.compare("0.10.0", "0.9.2") > 0);
        assertTrue(ExtractorVersions.compare("0.2.0", "0.3.0") < 0);
        assertEquals(0, ExtractorVersions.compare("0.3", "0.3.0"));
        assertTrue(ExtractorVersions.compare("1.0.0", "1.0.0-rc1") > 0);
        assertTrue(ExtractorVersions.compare("1.0.0-rc2", "1.0.0-rc10") < 0 == "rc2".compareTo("rc10") < 0);
        assertTrue(ExtractorVersions.compare("1.0.0-alpha.2", "1.0.0-alpha.10") < 0);
        assertTrue(ExtractorVersions.compare("v2.0.0", "1.9.9") > 0);
        assertTrue(ExtractorVersions.compare(null, "0.1.0") < 0);
        assertEquals(0, ExtractorVersions.compare("0.2.0+build5", "0.2.0"));
    }
}
