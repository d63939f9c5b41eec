package io.mubiao.targets.messaging;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether a failure to apply a record may go away by itself (the database is restarting, unreachable, out
 * of connections, or chose this transaction as a deadlock victim) or will fail the same way every time
 * (the data breaks a constraint or a type: retrying would block the partition for ever).
 * Plain Java: judged from the cause chain and SQLSTATE classes.
 */
public final class TransientFailures {
    /** SQLSTATE classes: 08 connection, 40 transaction rollback, 53 insufficient resources, 57 operator intervention, 58 system error. */
    private static final Set<String> TRANSIENT_SQLSTATE_CLASSES = Set.of("08", "40", "53", "57", "58");
    /** Agroal answers an unreachable database with SQLExceptions without SQLSTATE ("Acquisition timeout …"). */
    private static final Set<String> PERMANENT_SQLSTATE_CLASSES = Set.of("22", "23", "42", "44");

    /** unique_violation: two consumers inserting the same new document row at once (see {@link #isConflict}). */
    private static final String UNIQUE_VIOLATION = "23505";

    private TransientFailures() {
    }

    /**
     * A unique-key violation: the ingested and the extracted channel both created a new document's row at the
     * same moment and one lost. A retry finds the row and succeeds, so it is retried, a few times only: a
     * violation that repeats is not a race but bad data.
     */
    public static boolean isConflict(Throwable failure) {
        return sqlStates(failure).anyMatch(UNIQUE_VIOLATION::equals);
    }

    /** The data breaks a constraint or a type (SQLSTATE classes 22, 23, 42, 44): the same every time. */
    public static boolean isDataError(Throwable failure) {
        return sqlStates(failure).anyMatch(state -> state.length() >= 2 && PERMANENT_SQLSTATE_CLASSES.contains(state.substring(0, 2)));
    }

    /** The SQLSTATEs of the SQLExceptions in the cause chain (at most 50 deep), outermost first. */
    private static Stream<String> sqlStates(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, Throwable::getCause).limit(50)
                .filter(t -> t instanceof SQLException sql && sql.getSQLState() != null)
                .map(t -> ((SQLException) t).getSQLState());
    }

    public static boolean isTransient(Throwable failure) {
        // The innermost SQLSTATE decides: a constraint violation wrapped in a transaction rollback is permanent.
        Boolean bySqlState = null;
        boolean transientType = false;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String cls = state == null || state.length() < 2 ? null : state.substring(0, 2);
                if (cls == null || TRANSIENT_SQLSTATE_CLASSES.contains(cls)) {
                    bySqlState = true;
                } else if (PERMANENT_SQLSTATE_CLASSES.contains(cls)) {
                    bySqlState = false;
                }
            }
            String name = t.getClass().getName();
            transientType |= t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof IOException
                    // Hibernate's and the transaction manager's wrappers of a lost connection or a lock timeout.
                    || name.endsWith("JDBCConnectionException") || name.endsWith("LockAcquisitionException")
                    || name.endsWith("PessimisticLockException") || name.endsWith("QueryTimeoutException");
        }
        return bySqlState != null ? bySqlState : transientType;
    }
}
