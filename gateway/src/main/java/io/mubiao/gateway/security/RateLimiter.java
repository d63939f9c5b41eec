package io.mubiao.gateway.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per caller (an API key's label or a client address): {@code burst} tokens at most,
 * refilled at {@code perSecond}. A request takes one token or is refused with the seconds until the next
 * token. Idle buckets are dropped once there are many, so the map stays bounded under address churn.
 * Plain Java; the clock is injected so tests need not sleep.
 */
public final class RateLimiter {
    static final int MAX_BUCKETS = 10_000;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(double perSecond, int burst, LongSupplier nanoClock) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate limit: requests-per-second must be > 0 and burst >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoClock = nanoClock;
    }

    public RateLimiter(double perSecond, int burst) {
        this(perSecond, burst, System::nanoTime);
    }

    /** 0 when the caller may go on (a token was taken); otherwise the whole seconds to wait (at least 1). */
    public long tryAcquire(String caller) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= MAX_BUCKETS) {
            evictFull(now);
        }
        Bucket b = buckets.computeIfAbsent(caller, c -> new Bucket(burst, now));
        synchronized (b) {
            b.refill(now, perSecond, burst);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            double missing = 1 - b.tokens;
            return Math.max(1, (long) Math.ceil(missing / perSecond));
        }
    }

    int bucketCount() {
        return buckets.size();
    }

    /** A bucket that has refilled completely holds no state worth keeping. */
    private void evictFull(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(now, perSecond, burst);
                return e.getValue().tokens >= burst;
            }
        });
    }

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }

        void refill(long now, double perSecond, double burst) {
            long elapsed = now - lastNanos;
            if (elapsed > 0) {
                tokens = Math.min(burst, tokens + elapsed / 1e9 * perSecond);
                lastNanos = now;
            }
        }
    }
}
