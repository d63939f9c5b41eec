package io.mubiao.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    @Test
    void matchesEachConfiguredKeyByItsPositionAndNothingElse() {
        ApiKeys keys = ApiKeys.parse(" alpha-key , ,beta-key,");
        assertEquals(2, keys.size());
        assertEquals(Optional.of("key-1"), keys.match("alpha-key"));
        assertEquals(Optional.of("key-2"), keys.match("beta-key"));
        assertTrue(keys.match("alpha-ke").isEmpty(), "a prefix is not the key");
        assertTrue(keys.match("alpha-key ").isEmpty(), "the filter strips; the store compares exactly");
        assertTrue(keys.match("ALPHA-KEY").isEmpty());
        assertTrue(keys.match("").isEmpty());
        assertTrue(keys.match(null).isEmpty());
    }

    @Test
    void blankOrMissingConfigurationMeansNoKeys() {
        assertTrue(ApiKeys.parse(null).isEmpty());
        assertTrue(ApiKeys.parse(" , ").isEmpty());
        assertTrue(ApiKeys.parse(null).match("anything").isEmpty());
    }
}
