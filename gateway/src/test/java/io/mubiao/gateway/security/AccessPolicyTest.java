package io.mubiao.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.mubiao.gateway.security.AccessPolicy.Allow;
import io.mubiao.gateway.security.AccessPolicy.Decision;
import io.mubiao.gateway.security.AccessPolicy.Refuse;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    static final String KEY = "s3cret-key-value";
    final AtomicLong now = new AtomicLong();

    AccessPolicy policy(String keys, boolean readsRequireKey) {
        return new AccessPolicy(ApiKeys.parse(keys), new RateLimiter(1, 2, now::get),
                new AccessPolicy.Settings(readsRequireKey, 100, 1000));
    }

    static Refuse refused(Decision d, int status) {
        Refuse r = assertInstanceOf(Refuse.class, d);
        assertEquals(status, r.status(), r.detail());
        assertFalse(r.detail().contains(KEY), "a refusal never repeats a key");
        return r;
    }

    @Test
    void writesNeedAValidKeyReadsDoNot() {
        AccessPolicy p = policy(KEY, false);
        Refuse missing = refused(p.decide("POST", "/api/v1/documents", null, 10, null, "10.0.0.1"), 401);
        assertEquals(AccessPolicy.CHALLENGE, missing.headers().get("WWW-Authenticate"));
        refused(p.decide("DELETE", "/api/v1/documents/x", null, -1, "wrong", "10.0.0.2"), 401);
        assertEquals(new Allow("key-1"), p.decide("POST", "/api/v1/documents", null, 10, KEY, "10.0.0.3"));
        assertEquals(new Allow("address:10.0.0.4"), p.decide("GET", "/api/v1/targets", "kind=target", -1, null, "10.0.0.4"));
    }

    @Test
    void aWrongKeyIsRefusedEvenOnAnOpenRead() {
        refused(policy(KEY, false).decide("GET", "/api/v1/targets", null, -1, KEY + "x", "10.0.0.1"), 401);
    }

    @Test
    void readsCanBeClosed() {
        AccessPolicy p = policy(KEY, true);
        refused(p.decide("GET", "/api/v1/targets", null, -1, null, "10.0.0.1"), 401);
        assertEquals(new Allow("key-1"), p.decide("GET", "/api/v1/targets", null, -1, KEY, "10.0.0.1"));
    }

    @Test
    void withoutConfiguredKeysWritesAreUnavailableNotOpen() {
        AccessPolicy p = policy("", false);
        Refuse r = refused(p.decide("POST", "/api/v1/documents", null, 10, "anything", "10.0.0.1"), 503);
        assertEquals(true, r.detail().contains("MUBIAO_API_KEYS"));
        assertInstanceOf(Allow.class, p.decide("GET", "/api/v1/documents", null, -1, null, "10.0.0.1"));
    }

    @Test
    void pathsOutsideTheApiAreNotPoliced() {
        AccessPolicy p = policy(KEY, true);
        for (int i = 0; i < 10; i++) {
            assertEquals(new Allow(null), p.decide("GET", "/q/health/ready", null, -1, null, "10.0.0.1"));
        }
        assertInstanceOf(Refuse.class, p.decide("POST", "/api/v1", null, -1, null, "10.0.0.1"));
    }

    @Test
    void ratesAreCountedPerKeyAndPerAddressWithRetryAfter() {
        AccessPolicy p = policy(KEY, false);
        p.decide("GET", "/api/v1/targets", null, -1, KEY, "10.0.0.1");
        p.decide("GET", "/api/v1/targets", null, -1, KEY, "10.0.0.2");
        Refuse r = refused(p.decide("GET", "/api/v1/targets", null, -1, KEY, "10.0.0.3"), 429);
        assertEquals("1", r.headers().get("Retry-After"));
        // Another address without a key has its own bucket; so do failed attempts from one address.
        assertInstanceOf(Allow.class, p.decide("GET", "/api/v1/targets", null, -1, null, "10.0.0.9"));
        refused(p.decide("POST", "/api/v1/documents", null, 1, "guess-1", "10.0.0.8"), 401);
        refused(p.decide("POST", "/api/v1/documents", null, 1, "guess-2", "10.0.0.8"), 401);
        refused(p.decide("POST", "/api/v1/documents", null, 1, "guess-3", "10.0.0.8"), 429);
        now.addAndGet(1_000_000_000L);
        assertInstanceOf(Allow.class, p.decide("GET", "/api/v1/targets", null, -1, KEY, "10.0.0.1"));
    }

    @Test
    void oversizedQueriesAndDeclaredBodiesAreRefusedBeforeAnythingElse() {
        AccessPolicy p = policy(KEY, false);
        refused(p.decide("GET", "/api/v1/targets", "q=" + "x".repeat(200), -1, null, "10.0.0.1"), 414);
        refused(p.decide("POST", "/api/v1/documents", null, 5000, KEY, "10.0.0.1"), 413);
    }
}
