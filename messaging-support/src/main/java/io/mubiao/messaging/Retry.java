package io.mubiao.messaging;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Runs an action until it succeeds or fails permanently: a transient failure (as the classifier says) is
 * retried after an exponentially growing, capped delay, without limit, because giving up on a transient
 * failure would lose the record; a permanent one is thrown at once. Plain Java, clock-free for tests.
 * (quarkus-smallrye-fault-tolerance is not available to this project; this is the small part we need.)
 */
public final class Retry {
    /** Delay before retry n (1-based): initial × factor^(n-1), at most max. */
    public record Backoff(Duration initial, Duration max, double factor) {
        public Duration delay(int retry) {
            double ms = initial.toMillis() * Math.pow(factor, Math.max(0, retry - 1));
            return Duration.ofMillis((long) Math.min(ms, max.toMillis()));
        }
    }

    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public static final Sleeper THREAD_SLEEP = d -> Thread.sleep(d.toMillis());

    private Retry() {
    }

    /**
     * @param onRetry told (retry number, failure) before each wait
     * @throws InterruptedException when interrupted while waiting (the action is then not done: do not acknowledge)
     * @throws Exception the first permanent failure
     */
    public static <T> T untilDone(Callable<T> action, Predicate<Throwable> isTransient, Backoff backoff, Sleeper sleeper,
                                  BiConsumer<Integer, Throwable> onRetry) throws Exception {
        for (int retry = 1; ; retry++) {
            try {
                return action.call();
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                if (!isTransient.test(e)) {
                    throw e;
                }
                onRetry.accept(retry, e);
                sleeper.sleep(backoff.delay(retry));
            }
        }
    }
}
