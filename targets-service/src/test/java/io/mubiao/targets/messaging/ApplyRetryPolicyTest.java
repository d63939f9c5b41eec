package io.mubiao.targets.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ApplyRetryPolicyTest {
    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final AtomicBoolean stopping = new AtomicBoolean(false);
    private final ApplyRetryPolicy policy = new ApplyRetryPolicy(databaseUp::get, stopping::get);

    /** How Narayana reports a commit whose connection died: no SQLException, no SQLSTATE in the chain. */
    private static Exception commitOutcomeUnknown() {
        return new RuntimeException("ARJUNA016053: Could not commit transaction.",
                new IllegalStateException("the connection was closed during commit"));
    }

    @Test
    void anUnexplainedFailureIsRetriedForAsLongAsTheDatabaseDoesNotAnswer() {
        databaseUp.set(false);
        for (int i = 0; i < 100; i++) {
            assertTrue(policy.test(commitOutcomeUnknown()), "retry " + i);
        }
    }

    @Test
    void anUnexplainedFailureWhileTheDatabaseAnswersIsRetriedAFewTimesOnly() {
        for (int i = 0; i < ApplyRetryPolicy.MAX_UNEXPLAINED_RETRIES; i++) {
            assertTrue(policy.test(commitOutcomeUnknown()));
        }
        assertFalse(policy.test(commitOutcomeUnknown()));
    }

    @Test
    void aDataErrorIsPermanentWhileTheDatabaseAnswersButRetriedWhileItDoesNot() {
        SQLException tooLong = new SQLException("value too long for type character varying(32)", "22001");
        assertFalse(policy.test(new RuntimeException(tooLong)));
        databaseUp.set(false);
        assertTrue(policy.test(new RuntimeException(tooLong)));
    }

    @Test
    void aLostConnectionIsRetriedEvenWhileTheProbeSaysTheDatabaseAnswers() {
        for (int i = 0; i < 100; i++) {
            assertTrue(policy.test(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        }
    }

    @Test
    void aUniqueKeyConflictIsRetriedAFewTimes() {
        SQLException conflict = new SQLException("duplicate key value violates unique constraint", "23505");
        for (int i = 0; i < ApplyRetryPolicy.MAX_CONFLICT_RETRIES; i++) {
            assertTrue(policy.test(conflict));
        }
        assertFalse(policy.test(conflict));
    }

    @Test
    void nothingIsRetriedOnceTheServiceIsStopping() {
        stopping.set(true);
        databaseUp.set(false);
        assertFalse(policy.test(new SQLException("connection refused", "08001")));
        assertFalse(policy.test(new IllegalStateException("EntityManagerFactory is closed")));
    }
}
