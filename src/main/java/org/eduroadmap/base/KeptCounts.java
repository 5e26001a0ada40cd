package org.eduroadmap.base;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table of counts derived from other rows (one row per key, the count in its last column), which the code
 * changing those rows keeps in step and every start rebuilds, for data written by other means (demo or scale
 * data, a restored backup).
 */
public final class KeptCounts {

    private KeptCounts() {
    }

    /** What a rebuild did. */
    public record Rebuilt(int changed, int added) {
    }

    /**
     * Rewrites every count from {@code countingSql}, which selects the key columns then the count, in the
     * caller's transaction. The table's rows are locked first: a change under way on another node waits, then
     * adds itself to the new count. A key no longer counted keeps its row, at zero.
     */
    public static Rebuilt rebuild(JdbcTemplate jdbc, String table, List<String> keys, String count,
                                  String countingSql) {
        String keyList = String.join(", ", keys);
        Map<List<Object>, Long> kept = read(jdbc, "select " + keyList + ", " + count + " from " + table
                + " order by " + keyList + " for update", keys.size());
        Map<List<Object>, Long> counted = read(jdbc, countingSql, keys.size());
        List<Object[]> updates = new ArrayList<>();
        kept.forEach((key, was) -> {
            long now = counted.getOrDefault(key, 0L);
            if (now != was) {
                updates.add(Stream.concat(Stream.of(now), key.stream()).toArray());
            }
        });
        List<Object[]> inserts = counted.entrySet().stream().filter(entry -> !kept.containsKey(entry.getKey()))
                .map(entry -> Stream.concat(entry.getKey().stream(), Stream.of(entry.getValue())).toArray())
                .toList();
        jdbc.batchUpdate("update " + table + " set " + count + " = ? where "
                + String.join(" and ", keys.stream().map(key -> key + " = ?").toList()), updates);
        jdbc.batchUpdate("insert into " + table + " (" + keyList + ", " + count + ") values ("
                + String.join(", ", Collections.nCopies(keys.size() + 1, "?")) + ")", inserts);
        return new Rebuilt(updates.size(), inserts.size());
    }

    /** The SQL state of a unique key violation, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    /**
     * Inserts the row of a key not counted yet, in the caller's transaction, unless another transaction has just
     * inserted the same key: then the insert waits for that one, is undone to a savepoint and the transaction goes
     * on, so the caller can count in the other's row rather than fail. Returns whether it inserted.
     */
    public static boolean insertIfAbsent(JdbcTemplate jdbc, String insertSql, Object[] args) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
                for (int i = 0; i < args.length; i++) {
                    insert.setObject(i + 1, args[i]);
                }
                insert.executeUpdate();
                connection.releaseSavepoint(savepoint);
                return true;
            } catch (SQLException refused) {
                if (!DUPLICATE_KEY.equals(refused.getSQLState())) {
                    throw refused;
                }
                connection.rollback(savepoint);
                return false;
            }
        }));
    }

    private static Map<List<Object>, Long> read(JdbcTemplate jdbc, String sql, int keyColumns) {
        Map<List<Object>, Long> counts = new HashMap<>();
        jdbc.query(sql, row -> {
            Object[] key = new Object[keyColumns];
            for (int column = 0; column < keyColumns; column++) {
                key[column] = row.getObject(column + 1);
            }
            counts.put(Arrays.asList(key), row.getLong(keyColumns + 1));
        });
        return counts;
    }
}
