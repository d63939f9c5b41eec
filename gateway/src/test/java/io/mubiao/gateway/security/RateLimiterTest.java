package io.mubiao.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void allowsTheBurstThenRefusesWithTheWaitUntilTheNextToken() {
        RateLimiter limiter = new RateLimiter(0.5, 3, now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.tryAcquire("key-1"), "request " + i + " is within the burst");
        }
        assertEquals(2, limiter.tryAcquire("key-1"), "one token every 2 s");
        now.addAndGet(1_000_000_000L);
        assertEquals(1, limiter.tryAcquire("key-1"));
        now.addAndGet(1_000_000_000L);
        assertEquals(0, limiter.tryAcquire("key-1"), "refilled after 2 s");
        assertTrue(limiter.tryAcquire("key-1") > 0);
    }

    @Test
    void callersHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(1, 1, now::get);
        assertEquals(0, limiter.tryAcquire("key-1"));
        assertTrue(limiter.tryAcquire("key-1") > 0);
        assertEquals(0, limiter.tryAcquire("address:127.0.0.1"));
    }

    @Test
    void refillNeverExceedsTheBurst() {
        RateLimiter limiter = new RateLimiter(100, 2, now::get);
        now.addAndGet(60_000_000_000L);
        assertEquals(0, limiter.tryAcquire("a"));
        assertEquals(0, limiter.tryAcquire("a"));
        assertTrue(limiter.tryAcquire("a") > 0);
    }

    @Test
    void idleBucketsAreDroppedWhenTheMapIsFull() {
        RateLimiter limiter = new RateLimiter(1000, 1, now::get);
        for (int i = 0; i < RateLimiter.MAX_BUCKETS; i++) {
            limiter.tryAcquire("address:" + i);
        }
        now.addAndGet(1_000_000_000L);
        limiter.tryAcquire("address:new");
        assertTrue(limiter.bucketCount() < 10, "full buckets were evicted: " + limiter.bucketCount());
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, 0));
    }
}
