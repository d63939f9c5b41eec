package io.mubiao.targets.messaging;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Whether to try applying one record again after a failure; one instance per record, since it counts.
 *
 * <ul>
 *   <li>a known transient failure (lost connection, deadlock, pool time-out: {@link TransientFailures}) — always;</li>
 *   <li>a unique-key conflict (a concurrent insert of the same new document row) — a few times;</li>
 *   <li>anything else while the database does not answer — always: an outage shows itself in many shapes (a
 *       commit whose outcome the transaction manager could not learn, a closed pool), and skipping the record
 *       would lose it;</li>
 *   <li>a data error (SQLSTATE 22, 23, 42, 44) while the database answers — never: it would fail the same way for ever;</li>
 *   <li>an unexplained failure while the database answers — a few times, then it counts as permanent;</li>
 *   <li>nothing once the service is stopping: the record is left unacknowledged and comes again after the restart.</li>
 * </ul>
 * Plain Java: the database probe and the stopping flag are given.
 */
public final class ApplyRetryPolicy implements Predicate<Throwable> {
    /** Retries of a unique-key conflict before it counts as permanent. */
    public static final int MAX_CONFLICT_RETRIES = 5;
    /** Retries of an unexplained failure while the database answers. */
    public static final int MAX_UNEXPLAINED_RETRIES = 3;

    private final BooleanSupplier databaseAnswers;
    private final BooleanSupplier stopping;
    private int conflicts;
    private int unexplained;

    public ApplyRetryPolicy(BooleanSupplier databaseAnswers, BooleanSupplier stopping) {
        this.databaseAnswers = databaseAnswers;
        this.stopping = stopping;
    }

    @Override
    public boolean test(Throwable failure) {
        if (stopping.getAsBoolean()) {
            return false;
        }
        if (TransientFailures.isTransient(failure)) {
            return true;
        }
        if (TransientFailures.isConflict(failure)) {
            return ++conflicts <= MAX_CONFLICT_RETRIES;
        }
        if (!databaseAnswers.getAsBoolean()) {
            return true;
        }
        if (TransientFailures.isDataError(failure)) {
            return false;
        }
        return ++unexplained <= MAX_UNEXPLAINED_RETRIES;
    }
}
