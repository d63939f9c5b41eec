package io.mubiao.targets.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {
    final List<Duration> slept = new ArrayList<>();
    final Retry.Backoff backoff = new Retry.Backoff(Duration.ofMillis(100), Duration.ofMillis(500), 2.0);

    @Test
    void transientFailuresAreRetriedWithCappedExponentialBackoffUntilDone() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String out = Retry.untilDone(() -> {
            if (calls.incrementAndGet() < 6) {
                throw new SQLException("connection refused", "08001");
            }
            return "done";
        }, TransientFailures::isTransient, backoff, slept::add, (n, e) -> { });
        assertEquals("done", out);
        assertEquals(6, calls.get());
        assertEquals(List.of(100L, 200L, 400L, 500L, 500L), slept.stream().map(Duration::toMillis).toList());
    }

    @Test
    void aPermanentFailureIsThrownAtOnce() {
        SQLException tooLong = new SQLException("value too long for type character varying(16)", "22001");
        AtomicInteger calls = new AtomicInteger();
        Exception thrown = assertThrows(Exception.class, () -> Retry.untilDone(() -> {
            calls.incrementAndGet();
            throw new RuntimeException("could not execute statement", tooLong);
        }, TransientFailures::isTransient, backoff, slept::add, (n, e) -> { }));
        assertSame(tooLong, thrown.getCause());
        assertEquals(1, calls.get());
        assertEquals(List.of(), slept);
    }

    @Test
    void anInterruptedWaitStopsRetrying() {
        assertThrows(InterruptedException.class, () -> Retry.untilDone(() -> {
            throw new SQLException("gone", "57P01");
        }, TransientFailures::isTransient, backoff, d -> {
            throw new InterruptedException();
        }, (n, e) -> { }));
    }
}
