package io.mubiao.extract.messaging;

import io.mubiao.messaging.Retry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class SendFailuresTest {
    @Test
    void anAbsentBrokerIsTransientAnOversizedRecordIsNot() {
        assertTrue(SendFailures.isTransient(new TimeoutException("Expiring 1 record(s): 120000 ms has passed")));
        assertTrue(SendFailures.isTransient(new NotLeaderOrFollowerException("leader moved")));
        assertTrue(SendFailures.isTransient(new RuntimeException(new java.io.IOException("Connection refused"))));
        assertFalse(SendFailures.isTransient(new RecordTooLargeException("too large")));
        assertFalse(SendFailures.isTransient(new SerializationException("bad")));
    }

    @Test
    void publishingIsRetriedUntilTheBrokerAnswers() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger waits = new AtomicInteger();
        String out = Retry.untilDone(() -> {
            if (attempts.incrementAndGet() < 4) {
                throw new TimeoutException("broker away");
            }
            return "acked";
        }, SendFailures::isTransient, new Retry.Backoff(Duration.ofMillis(1), Duration.ofMillis(4), 2), d -> waits.incrementAndGet(),
                (n, e) -> { });
        assertEquals("acked", out);
        assertEquals(3, waits.get());
    }
}
