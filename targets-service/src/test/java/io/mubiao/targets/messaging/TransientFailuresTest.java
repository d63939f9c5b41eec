package io.mubiao.targets.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {
    static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException("jakarta.persistence.PersistenceException", new RuntimeException("outer", cause));
    }

    @Test
    void lostConnectionsRestartsAndDeadlocksAreTransient() {
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("refused", "08001"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("I/O error", "08006"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("admin shutdown", "57P01"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("deadlock", "40P01"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("too many connections", "53300"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("Acquisition timeout"))), "no SQLSTATE: pool");
        assertTrue(TransientFailures.isTransient(wrapped(new ConnectException("Connection refused"))));
    }

    @Test
    void dataThatBreaksTheSchemaIsPermanentEvenWhenWrappedInARollback() {
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("too long", "22001"))));
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("not null", "23502"))));
        assertFalse(TransientFailures.isTransient(new RuntimeException("rollback",
                new SQLException("commit failed", "08003", new SQLException("duplicate key", "23505")))),
                "the innermost SQLSTATE decides");
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("bad year")));
        assertFalse(TransientFailures.isTransient(new NullPointerException()));
    }

    @Test
    void aConcurrentInsertOfTheSameRowIsAConflictNotATransientFailure() {
        RuntimeException race = wrapped(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertTrue(TransientFailures.isConflict(race));
        assertFalse(TransientFailures.isTransient(race));
        assertFalse(TransientFailures.isConflict(wrapped(new SQLException("too long", "22001"))));
    }
}
