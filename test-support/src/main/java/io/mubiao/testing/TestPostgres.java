package io.mubiao.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL server per test JVM (zonky's embedded binaries, which run as root), with a
 * database per service, as in production where the services share no database.
 */
public final class TestPostgres {
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A JDBC URL for {@code database}, created on first request. */
    public static synchronized String jdbcUrl(String database) {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::close, "test-postgres-stop"));
            }
            try (Connection c = server.getPostgresDatabase().getConnection();
                 Statement s = c.createStatement()) {
                boolean exists;
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                    exists = rs.next();
                }
                if (!exists) {
                    s.execute("create database " + database);
                }
            }
            return server.getJdbcUrl(USER, database);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL", e);
        }
    }

    private static synchronized void close() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is exiting
            }
            server = null;
        }
    }
}
