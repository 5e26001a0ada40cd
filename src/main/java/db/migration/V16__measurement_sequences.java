package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Values and their workflow steps take their ids from sequences instead of identity columns, so that
 * Hibernate can send the inserts of a large import in JDBC batches. Hibernate takes a block of
 * {@value #ALLOCATION} ids per call (its pooled-lo optimizer uses [n, n + {@value #ALLOCATION}) for a drawn n),
 * so each sequence steps by {@value #ALLOCATION}. Each sequence starts above the highest id in use, and the
 * id column's default draws from it: a plain SQL insert without an id takes a value Hibernate never holds a
 * block for. A Java migration because the default's syntax differs between H2 and PostgreSQL.
 */
public class V16__measurement_sequences extends BaseJavaMigration {

    static final int ALLOCATION = 100;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (String table : new String[]{"kpi_measurement", "measurement_transition"}) {
                String sequence = table + "_seq";
                long start = Math.max(next(statement, "select coalesce(max(id), 0) + 1 from " + table),
                        next(statement, postgres
                                ? "select nextval(pg_get_serial_sequence('" + table + "', 'id'))"
                                : "select identity_base from information_schema.columns where lower(table_name) = '"
                                        + table + "' and lower(column_name) = 'id' and table_schema = current_schema"));
                if (table.equals("kpi_measurement")) {
                    // The audit trail keeps the ids of deleted values: a new value never takes one of them.
                    start = Math.max(start, next(statement, "select coalesce(max(id), 0) + 1 from kpi_measurement_aud"));
                }
                statement.execute("alter table " + table + " alter column id drop identity");
                statement.execute("create sequence " + sequence + " start with " + start + " increment by "
                        + ALLOCATION);
                if (postgres) {
                    statement.execute("alter table " + table + " alter column id set default nextval('" + sequence
                            + "')");
                    statement.execute("alter sequence " + sequence + " owned by " + table + ".id");
                } else {
                    statement.execute("alter table " + table + " alter column id set default next value for "
                            + sequence);
                }
            }
        }
    }

    private static long next(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            return result.next() ? result.getLong(1) : 1;
        }
    }
}
