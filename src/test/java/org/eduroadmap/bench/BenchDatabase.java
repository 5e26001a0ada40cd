package org.eduroadmap.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** Where a benchmark keeps its data on the suite's PostgreSQL: a schema of its own. */
final class BenchDatabase {

    private BenchDatabase() {
    }

    /**
     * The address of a schema of the suite's PostgreSQL, emptied first unless {@code keep}; empty when the suite
     * runs on H2. Batched inserts are rewritten into multi-row ones, as a bulk load needs.
     */
    static Optional<String> postgresSchema(String schema, boolean keep) throws SQLException {
        String suite = System.getenv("SPRING_DATASOURCE_URL");
        if (suite == null || !suite.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        try (Connection connection = DriverManager.getConnection(suite, System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv("SPRING_DATASOURCE_PASSWORD"))) {
            if (!keep) {
                connection.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
            connection.createStatement().execute("create schema if not exists " + schema);
        }
        return Optional.of(suite + (suite.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&reWriteBatchedInserts=true");
    }
}
