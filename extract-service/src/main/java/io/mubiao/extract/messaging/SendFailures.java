package io.mubiao.extract.messaging;

import java.io.IOException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Whether publishing may succeed later: the broker is away, restarting, or slow (Kafka's retriable errors,
 * time-outs, I/O) — or never will (record too large, serialization, authorization: Kafka's other errors).
 */
public final class SendFailures {
    private SendFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof RetriableException || t instanceof TimeoutException || t instanceof IOException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (t instanceof org.apache.kafka.common.KafkaException) {
                return false;
            }
        }
        // Not from Kafka (e.g. the emitter's own back-pressure): worth another try.
        return !(failure instanceof IllegalArgumentException);
    }
}
