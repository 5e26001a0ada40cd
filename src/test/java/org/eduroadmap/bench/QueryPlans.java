package org.eduroadmap.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The query plans of the lazy grids' first page, sorted and filtered by each column a user can sort or filter
 * by: written to {@code target/bench/plans-<database>-<scale>.md}, and counted as a figure (the plans that
 * read the whole table instead of an index).
 */
final class QueryPlans {

    private static final String ACTIVITY_ROW = """
            select a.id, a.name_en, a.planned_start, a.planned_end, a.percent_complete, a.status from activity a\s""";
    private static final String REQUEST_ROW = """
            select r.request_number, r.title, r.status, r.created_at from assistance_request r\s""";
    private static final String PAGE = " offset 0 rows fetch first 51 rows only";

    private QueryPlans() {
    }

    static Map<String, String> queries(JdbcTemplate jdbc) {
        long area = jdbc.queryForObject("select min(id) from action_area", Long.class);
        long organisation = jdbc.queryForObject("select min(id) from organisation", Long.class);
        long user = jdbc.queryForObject("select min(id) from app_user", Long.class);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("activities sorted by planned start", ACTIVITY_ROW + "order by a.planned_start" + PAGE);
        queries.put("activities sorted by planned end", ACTIVITY_ROW + "order by a.planned_end" + PAGE);
        queries.put("activities of an action area", ACTIVITY_ROW + "where a.action_area_id = " + area
                + " order by a.planned_start" + PAGE);
        queries.put("activities of an owner", ACTIVITY_ROW + "where a.owner_organisation_id = " + organisation
                + " order by a.planned_start" + PAGE);
        queries.put("activities of a responsible person", ACTIVITY_ROW + "where a.responsible_user_id = " + user
                + " order by a.planned_start" + PAGE);
        queries.put("activities on hold", ACTIVITY_ROW + "where a.status = 'ON_HOLD' order by a.planned_start" + PAGE);
        queries.put("activities in a date window", ACTIVITY_ROW + "where a.planned_end >= date '2026-01-01'"
                + " and a.planned_start <= date '2026-03-31' order by a.planned_start" + PAGE);
        queries.put("requests newest first", REQUEST_ROW + "order by r.created_at desc" + PAGE);
        queries.put("requests in a status", REQUEST_ROW + "where r.status = 'UNDER_REVIEW' order by r.created_at desc"
                + PAGE);
        queries.put("requests of a category", REQUEST_ROW + "where r.category = 'EMIS_DESIGN'"
                + " order by r.created_at desc" + PAGE);
        queries.put("requests of a priority", REQUEST_ROW + "where r.priority = 'HIGH' order by r.created_at desc"
                + PAGE);
        queries.put("requests to an office", REQUEST_ROW + "where r.addressed_org_id = " + organisation
                + " order by r.created_at desc" + PAGE);
        queries.put("requests assigned to an advisor", REQUEST_ROW + "where r.assigned_advisor_id = " + user
                + " order by r.created_at desc" + PAGE);
        queries.put("requests sorted by number", REQUEST_ROW + "order by r.request_number" + PAGE);
        queries.put("requests sorted by due date", REQUEST_ROW + "order by r.due_date" + PAGE);
        queries.put("requests sorted by title", REQUEST_ROW + "order by r.title, r.id" + PAGE);
        queries.put("requests by urgency, most urgent first", REQUEST_ROW + "order by r.priority_rank desc, r.id desc"
                + PAGE);
        queries.put("requests in workflow order", REQUEST_ROW + "order by r.status_rank, r.id" + PAGE);
        return queries;
    }

    static void write(JdbcTemplate jdbc, String database, String scale) {
        StringBuilder md = new StringBuilder("# Query plans: " + database + ", " + scale + "\n\n");
        int fullScans = 0;
        List<String> scanned = new java.util.ArrayList<>();
        for (Map.Entry<String, String> query : queries(jdbc).entrySet()) {
            String plan = String.join("\n", jdbc.queryForList("explain " + query.getValue(), String.class));
            boolean fullScan = database.equals("H2") ? plan.toLowerCase(Locale.ROOT).contains("tablescan")
                    && !plan.contains("/* PUBLIC.PRIMARY_KEY") : plan.contains("Seq Scan on");
            if (fullScan) {
                fullScans++;
                scanned.add(query.getKey());
            }
            md.append("## ").append(query.getKey()).append(fullScan ? " (reads the whole table)" : "").append("\n\n```sql\n")
                    .append(query.getValue()).append("\n```\n\n```\n").append(plan).append("\n```\n\n");
        }
        BenchResults.attach("plans-" + database + "-" + scale + ".md", md.toString());
        if (!scale.equals("large")) {
            return; // a database rightly reads a table of a few rows whole
        }
        BenchResults.atMost(ScreensBench.GRIDS, database, scale, "sort and filter plans reading the whole table",
                fullScans, "of " + queries(jdbc).size(), 0, scanned.isEmpty()
                        ? "every plan uses an index; see target/bench/plans-" + database + "-" + scale + ".md"
                        : "full scans: " + String.join(", ", scanned));
    }
}
