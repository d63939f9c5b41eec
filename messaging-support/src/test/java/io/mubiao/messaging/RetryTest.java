package io.mubiao.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {
    /** A stand-in classifier: the services bring their own (TransientFailures, SendFailures). */
    static boolean isTransient(Throwable e) {
        return e instanceof java.io.IOException;
    }

    final List<Duration> slept = new ArrayList<>();
    final Retry.Backoff backoff = new Retry.Backoff(Duration.ofMillis(100), Duration.ofMillis(500), 2.0);

    @Test
    void transientFailuresAreRetriedWithCappedExponentialBackoffUntilDone() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String out = Retry.untilDone(() -> {
            if (calls.incrementAndGet() < 6) {
                throw new java.net.ConnectException("connection refused");
            }
            return "done";
        }, RetryTest::isTransient, backoff, slept::add, (n, e) -> { });
        assertEquals("done", out);
        assertEquals(6, calls.get());
        assertEquals(List.of(100L, 200L, 400L, 500L, 500L), slept.stream().map(Duration::toMillis).toList());
    }

    @Test
    void aPermanentFailureIsThrownAtOnce() {
        IllegalArgumentException tooLong = new IllegalArgumentException("value too long for type character varying(16)");
        AtomicInteger calls = new AtomicInteger();
        Exception thrown = assertThrows(Exception.class, () -> Retry.untilDone(() -> {
            calls.incrementAndGet();
            throw new RuntimeException("could not execute statement", tooLong);
        }, RetryTest::isTransient, backoff, slept::add, (n, e) -> { }));
        assertSame(tooLong, thrown.getCause());
        assertEquals(1, calls.get());
        assertEquals(List.of(), slept);
    }

    @Test
    void anInterruptedWaitStopsRetrying() {
        assertThrows(InterruptedException.class, () -> Retry.untilDone(() -> {
            throw new java.io.EOFException("gone");
        }, RetryTest::isTransient, backoff, d -> {
            throw new InterruptedException();
        }, (n, e) -> { }));
    }
}
