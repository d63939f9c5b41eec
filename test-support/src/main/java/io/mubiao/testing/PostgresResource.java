package io.mubiao.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a Quarkus test's default datasource at a database of the shared {@link TestPostgres} server.
 * The database name comes from the init argument {@code database}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private String database = "mubiao";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestPostgres.jdbcUrl(database),
                "quarkus.datasource.username", TestPostgres.USER,
                "quarkus.datasource.password", TestPostgres.PASSWORD);
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; closed at JVM exit
    }
}
