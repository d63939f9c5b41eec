package io.mubiao.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DependencyOutageTest {

    @Test
    void aLostOrRefusedDatabaseConnectionIsAnOutage() {
        assertTrue(DependencyOutage.isOutage(new RuntimeException("tx", new SQLException("refused", "08001"))));
        assertTrue(DependencyOutage.isOutage(new IllegalStateException(new ConnectException("Connection refused"))));
        assertTrue(DependencyOutage.isOutage(new SQLException("terminating connection", "57P01")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DependencyOutage.isOutage(new SQLException("duplicate key", "23505")));
        assertFalse(DependencyOutage.isOutage(new NullPointerException()));
        assertFalse(DependencyOutage.isOutage(new RuntimeException("x", new SQLException("syntax", "42601"))));
    }
}
