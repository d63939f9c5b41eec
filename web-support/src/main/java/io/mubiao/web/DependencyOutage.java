package io.mubiao.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a database outage (connection refused or lost, pool exhausted) from a fault of the service itself. */
public final class DependencyOutage {
    private DependencyOutage() {
    }

    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (PostgreSQL 08001, 08006, 57P01 admin shutdown below)
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01"))) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.endsWith("AcquisitionTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
