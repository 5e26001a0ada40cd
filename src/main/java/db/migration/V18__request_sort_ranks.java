package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The request list sorts priorities by urgency and statuses in workflow order, not by their stored names
 * (HIGH, LOW, MEDIUM, URGENT): each gets a rank column the database computes from it, so it can never disagree,
 * and an index on the rank and the id that settles ties, so a sorted page reads no more than the page. The list
 * also sorts by title, now through an index too. A Java migration because generated columns are written
 * differently in H2 and PostgreSQL.
 */
public class V18__request_sort_ranks extends BaseJavaMigration {

    private static final List<String> PRIORITIES = List.of("LOW", "MEDIUM", "HIGH", "URGENT");
    private static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "NEEDS_INFORMATION",
            "ACCEPTED", "IN_PROGRESS", "DELIVERED", "CLOSED", "DECLINED", "WITHDRAWN");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (String column : List.of("priority", "status")) {
                List<String> order = column.equals("priority") ? PRIORITIES : STATUSES;
                String rank = IntStream.range(0, order.size())
                        .mapToObj(i -> "when '" + order.get(i) + "' then " + i)
                        .collect(Collectors.joining(" ", "case " + column + " ", " end"));
                statement.execute("alter table assistance_request add column " + column + "_rank smallint "
                        + "generated always as (" + rank + ")" + (postgres ? " stored" : ""));
                statement.execute("create index assistance_request_" + column + "_rank on assistance_request ("
                        + column + "_rank, id)");
            }
            statement.execute("create index assistance_request_title on assistance_request (title, id)");
        }
    }
}
