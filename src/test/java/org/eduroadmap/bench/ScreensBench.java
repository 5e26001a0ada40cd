package org.eduroadmap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.assistance.RequestFilter;
import org.eduroadmap.dashboard.DashboardService;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.roadmap.ActivityFilter;
import org.eduroadmap.roadmap.RoadmapService;

/**
 * Benchmarks 1 to 3 at one scale: the dashboard's data against the raw SQL it rests on, the SQL statements each
 * main screen costs to render, and the first page of each lazy grid against the raw paged SQL, with the query
 * plans of their sort and filter columns. The subclasses say which scale; the database is the suite's (H2, or
 * PostgreSQL when SPRING_DATASOURCE_URL points at one), in a database (H2 file) or schema of the scale's own.
 */
abstract class ScreensBench extends SpringBrowserlessTest {

    static final String DASHBOARD = "1 Dashboard data";
    static final String STATEMENTS = "2 SQL statements per screen";
    static final String GRIDS = "3 Lazy grid first page";
    private static final int YEAR = 2026;
    private static final Map<String, Long> startedAt = new java.util.concurrent.ConcurrentHashMap<>();

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardService dashboard;
    @Autowired
    KpiService kpis;
    @Autowired
    RoadmapService roadmap;
    @Autowired
    AssistanceService assistance;
    @Autowired
    TransactionTemplate transaction;

    abstract String scale();

    /** Points the context at the scale's own database and asks for its rows; the data is made afresh each run. */
    static void database(DynamicPropertyRegistry registry, String scale) throws Exception {
        Optional<String> postgres = BenchDatabase.postgresSchema("bench_" + scale, Boolean.getBoolean("bench.keep-data"));
        String url;
        if (postgres.isPresent()) {
            url = postgres.get();
        } else {
            Path directory = Path.of("target", "bench", "h2").toAbsolutePath();
            if (!Boolean.getBoolean("bench.keep-data")) {
                try (var files = Files.list(Files.createDirectories(directory))) {
                    for (Path file : files.filter(f -> f.getFileName().toString().startsWith(scale + ".")).toList()) {
                        Files.delete(file);
                    }
                }
            }
            // Without H2's cache of recent statements, a repeated query is run again rather than answered from
            // the previous result: the service and its raw SQL floor are then measured alike.
            url = "jdbc:h2:file:" + directory.resolve(scale) + ";QUERY_CACHE_SIZE=0";
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("eduroadmap.scale", () -> scale);
        registry.add("spring.jpa.properties.hibernate.generate_statistics", () -> "true");
        registry.add("logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener", () -> "warn");
        registry.add("spring.jpa.properties.hibernate.session_factory.statement_inspector",
                StatementLog.class::getName);
        startedAt.put(scale, System.nanoTime());
    }

    @BeforeEach
    void recordStartup() {
        Long started = startedAt.remove(scale());
        if (started != null && scale().equals("large")) {
            // The generator fills exactly the sizes it promises, whatever the demo data holds.
            for (var expected : Map.of("kpi", 200L, "kpi_measurement", 1_000_000L, "activity", 100_000L,
                    "assistance_request", 50_000L, "request_comment", 500_000L).entrySet()) {
                assertThat(jdbc.queryForObject("select count(*) from " + expected.getKey(), Long.class))
                        .as(expected.getKey()).isEqualTo(expected.getValue());
            }
        }
        if (started != null) {
            BenchResults.record("0 Scale data", BenchResults.database(), scale(),
                    "application start with migrations, demo data and generated rows",
                    (System.nanoTime() - started) / 1e9, "s", rowCounts());
            if (BenchResults.database().equals("PostgreSQL")) {
                // Measured as autovacuum leaves a database, not in the minutes after a bulk load: before its first
                // pass, index-only scans still visit the table (at `large`, the request pipeline's count took 3x
                // the time, the Roadmap summary's open activities 10x) and statistics may be missing.
                long vacuum = System.nanoTime();
                jdbc.execute("vacuum analyze");
                BenchResults.record("0 Scale data", BenchResults.database(), scale(),
                        "vacuum analyze after generating", (System.nanoTime() - vacuum) / 1e9, "s",
                        "what autovacuum does by itself a little later");
            }
        }
    }

    private String rowCounts() {
        return String.join(", ", List.of("kpi", "kpi_measurement", "activity", "activity_dependency",
                "assistance_request", "request_comment").stream()
                .map(table -> table + " " + jdbc.queryForObject("select count(*) from " + table, Long.class))
                .toList());
    }

    /**
     * Visits with nothing changed since the last one (the dashboard serves what it kept, against the statements it
     * would send to compute everything), and right after three kinds of change, each against the statements the
     * service sends for it: a change elsewhere (no KPI touched: an activity, a request), a KPI's value approved,
     * and every KPI touched at once (a priority area or organisation renamed).
     */
    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void dashboardDataAgainstItsRawSql() {
        assertThat(dashboard.dashboard(YEAR).kpis()).isNotEmpty();
        String db = BenchResults.database();
        String floorNote = "the statements the service sends to compute everything, in plain JDBC: "
                + String.join("; ", FLOOR_QUERIES.keySet());
        double[] kept = Timing.mediansInTurn(() -> dashboard.dashboard(YEAR), this::dashboardFloor);
        BenchResults.record(DASHBOARD, db, scale(), KEPT, kept[0], "ms",
                "DashboardService.dashboard(" + YEAR + ") as a minister, nothing changed since the previous call, median"
                        + " of " + Timing.RUNS + " after warm-up, timed in turns with the floor");
        BenchResults.record(DASHBOARD, db, scale(), "raw SQL floor, timed with the first (median)", kept[1], "ms",
                floorNote);
        BenchResults.atMost(DASHBOARD, db, scale(), KEPT + " / floor", kept[0] / kept[1], "ratio", 1.5, "same run");
        // Timed in turns with a floor of many milliseconds, a call of a fraction of one runs on processor caches the
        // floor has just filled with its own data, more so the larger the floor: across sizes, the call alone.
        // One read of a one-row table: on PostgreSQL one loopback round trip, whose spread (0.12-0.44 ms) moved the
        // median of 15 across sizes by up to 2x; the median of 201 settles it.
        BenchResults.record(DASHBOARD, db, scale(), KEPT_ALONE, Timing.median(() -> dashboard.dashboard(YEAR), 201),
                "ms", "the same call timed on its own, median of 201");
        BenchResults.ratioAcrossScales(DASHBOARD, db, KEPT_ALONE, "large / small", 3.0);

        afterAChange(db, AFTER_ELSEWHERE, this::changeElsewhere, false,
                "before each call, untimed, what a change touching neither a KPI nor the Roadmap commits (a request"
                        + " taken): the data version moved on");
        afterAChange(db, AFTER_ONE_KPI, this::changeOneKpi, false,
                "before each call, untimed, what approving a value of " + CHANGED_KPI + " commits besides the value:"
                        + " the data version moved on, the KPI written down as changed");
        afterAChange(db, AFTER_ROADMAP, this::changeTheRoadmap, true,
                "before each call, untimed, what saving an activity commits besides it: the data version and the"
                        + " Roadmap's moved on");
        afterAChange(db, AFTER_EVERY_KPI, this::changeEveryKpi, false,
                "before each call, untimed, the data version moved on and every KPI written down as changed (a"
                        + " priority area or an organisation renamed)");
    }

    private void afterAChange(String db, String figure, Runnable change, boolean roadmapRead, String note) {
        forgetChanges();
        double[] afresh = Timing.mediansInTurn(change, () -> dashboard.dashboard(YEAR),
                () -> changedFloor(roadmapRead));
        BenchResults.record(DASHBOARD, db, scale(), figure, afresh[0], "ms", note);
        BenchResults.record(DASHBOARD, db, scale(), figure + ": raw SQL floor (median)", afresh[1], "ms",
                "the statements the service sends after it, in plain JDBC: the data versions; the priority areas;"
                        + " the KPIs changed since the version before, with their targets; those KPIs with area, owner"
                        + " and series, if any" + (roadmapRead ? "; the Roadmap, its tallies by area and its open"
                        + " activities by planned end" : "") + "; the request pipeline");
        BenchResults.atMost(DASHBOARD, db, scale(), figure + " / floor", afresh[0] / afresh[1], "ratio", 1.5,
                "same run");
        BenchResults.ratioAcrossScales(DASHBOARD, db, figure, "large / small", 3.0);
    }

    private static final String KEPT = "service call, nothing changed (median)";
    private static final String KEPT_ALONE = "service call, nothing changed, timed alone (median)";
    private static final String AFTER_ELSEWHERE = "service call after a change elsewhere (median)";
    private static final String AFTER_ONE_KPI = "service call after a KPI's value approved (median)";
    private static final String AFTER_ROADMAP = "service call after an activity saved (median)";
    private static final String AFTER_EVERY_KPI = "service call after every KPI changed (median)";
    private static final String CHANGED_KPI = "SDG-4.a.1b";

    /**
     * Forgets the KPI changes earlier measurements wrote down, as the hourly clean-up does: warming up one
     * measurement writes down tens of thousands (200 for each call after every KPI changed), where an hour of a
     * ministry's work writes down a few dozen, and PostgreSQL planned the next measurement's reads for that many.
     */
    private void forgetChanges() {
        jdbc.update("delete from kpi_change");
        if (BenchResults.database().equals("PostgreSQL")) {
            jdbc.execute("analyze kpi_change");
        }
    }

    /** The version of every record moved on, as by any committed change: the dashboard computes again. */
    private void changeElsewhere() {
        jdbc.update("update data_version set stamp = stamp + 1 where id = 1");
    }

    /** Both versions moved on, as by a change of an activity. */
    private void changeTheRoadmap() {
        transaction.executeWithoutResult(status -> {
            changeElsewhere();
            jdbc.update("update data_version set stamp = stamp + 1 where id = 2");
        });
    }

    /** What approving a value of a KPI commits besides the value (and its series line), on any node. */
    private void changeOneKpi() {
        transaction.executeWithoutResult(status -> {
            changeElsewhere();
            jdbc.update("insert into kpi_change (version, kpi_id) select d.stamp, k.id from data_version d, kpi k"
                    + " where d.id = 1 and k.code = ?", CHANGED_KPI);
        });
    }

    private void changeEveryKpi() {
        transaction.executeWithoutResult(status -> {
            changeElsewhere();
            jdbc.update("insert into kpi_change (version, kpi_id) select d.stamp, k.id from data_version d, kpi k"
                    + " where d.id = 1");
        });
    }

    /** A change of one KPI and of the Roadmap at once: the dashboard then sends every statement it may. */
    private void changeEveryPart() {
        transaction.executeWithoutResult(status -> {
            changeOneKpi();
            jdbc.update("update data_version set stamp = stamp + 1 where id = 2");
        });
    }

    /**
     * What the dashboard rests on, as plain SQL: the statements the service sends (the data version, the priority
     * areas, the KPIs with their series lines, their targets, the Roadmap, its tallies, its open activities by end
     * date and the request counts), with the same rows and columns, run through JDBC.
     */
    private static final Map<String, String> FLOOR_QUERIES = new LinkedHashMap<>();

    /** A KPI with everything judging it needs and its national series line. */
    private static final String KPI_ROWS = """
            select k.id, k.code, k.name_en, k.name_ru, k.name_tk, p.code, p.sort_order, p.name_en, p.name_ru,
                   p.name_tk, k.framework, k.unit, k.decimals, o.name_en, o.name_ru, o.name_tk, k.direction,
                   k.baseline_value, k.baseline_year, k.on_track_percent, k.at_risk_percent, s.history
            from kpi k join priority_area p on p.id = k.priority_area_id
            join organisation o on o.id = k.owner_organisation_id left join kpi_national_series s on s.kpi_id = k.id""";

    static {
        FLOOR_QUERIES.put("data versions", "select id, stamp from data_version");
        FLOOR_QUERIES.put("priority areas",
                "select code, name_en, name_ru, name_tk from priority_area order by sort_order");
        FLOOR_QUERIES.put("KPIs with area, owner and national series", KPI_ROWS + " order by k.code");
        FLOOR_QUERIES.put("targets",
                "select k.id, t.target_year, t.target_value from kpi k join kpi_target t on k.id = t.kpi_id");
        FLOOR_QUERIES.put("Roadmap", """
                select id, end_date, signed_on, start_date, status, name_en, name_ru, name_tk, version from roadmap
                order by id fetch first 1 rows only""");
        FLOOR_QUERIES.put("Roadmap tallies by area", """
                select a.code, a.name_en, a.name_ru, a.name_tk, t.activities, t.percent_sum, t.planned_days,
                       t.weighted_days
                from action_area_tally t join action_area a on a.id = t.action_area_id where t.activities > 0
                order by a.sort_order""");
        // As the service asks on the day the benchmark runs (the application's clock is the system's).
        LocalDate today = LocalDate.now();
        FLOOR_QUERIES.put("open activities by planned end", """
                select (select coalesce(sum(activities), 0) from open_activity_month where end_month < %d)
                       + coalesce(sum(case when planned_end < date '%s' then activities else 0 end), 0),
                       coalesce(sum(case when planned_end >= date '%s' then activities else 0 end), 0)
                from open_activity_end where planned_end >= date '%s' and planned_end <= date '%s'"""
                .formatted(today.getYear() * 100 + today.getMonthValue(), today, today, today.withDayOfMonth(1),
                        today.plusDays(30)));
        FLOOR_QUERIES.put("request pipeline", "select status, sum(requests) from request_tally group by status");
    }

    private Object dashboardFloor() {
        List<Object> results = new ArrayList<>();
        FLOOR_QUERIES.values().forEach(sql -> results.add(jdbc.queryForList(sql)));
        return results;
    }

    /**
     * After a change: the versions, the priority areas, the KPIs changed since the version before with their
     * targets, then those KPIs' rows, the Roadmap's three statements if it changed, and the request pipeline.
     */
    private Object changedFloor(boolean roadmapRead) {
        List<Object> results = new ArrayList<>();
        long version = jdbc.queryForList("select id, stamp from data_version").stream()
                .filter(row -> ((Number) row.get("id")).intValue() == 1)
                .mapToLong(row -> ((Number) row.get("stamp")).longValue()).findFirst().orElseThrow();
        results.add(jdbc.queryForList(FLOOR_QUERIES.get("priority areas")));
        List<Map<String, Object>> changed = jdbc.queryForList("""
                select c.kpi_id, t.target_year, t.target_value from kpi_change c
                left join kpi_target t on t.kpi_id = c.kpi_id where c.version > ? and c.version <= ?""",
                version - 1, version);
        results.add(changed);
        Object[] ids = changed.stream().map(row -> row.get("kpi_id")).distinct().toArray();
        if (ids.length > 0) {
            results.add(jdbc.query(connection -> {
                var statement = connection.prepareStatement(KPI_ROWS + """
                         where k.id = any(?) and (? or exists (select 1 from kpi_dimension d
                                                              where d.kpi_id = k.id and d.dimension = 'REGION'))
                        order by k.code""");
                statement.setArray(1, connection.createArrayOf("bigint", ids));
                statement.setBoolean(2, true);
                return statement;
            }, new ColumnMapRowMapper()));
        }
        if (roadmapRead) {
            List.of("Roadmap", "Roadmap tallies by area", "open activities by planned end")
                    .forEach(query -> results.add(jdbc.queryForList(FLOOR_QUERIES.get(query))));
        }
        results.add(jdbc.queryForList(FLOOR_QUERIES.get("request pipeline")));
        return results;
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void dashboardParts() {
        String db = BenchResults.database();
        forgetChanges();
        BenchResults.record(DASHBOARD, db, scale(), "part: KPI overview, a KPI's value approved",
                Timing.mediansInTurn(this::changeOneKpi, () -> kpis.overview(YEAR), () -> null)[0], "ms", "");
        forgetChanges();
        BenchResults.record(DASHBOARD, db, scale(), "part: KPI overview, every KPI changed",
                Timing.mediansInTurn(this::changeEveryKpi, () -> kpis.overview(YEAR), () -> null)[0], "ms", "");
        forgetChanges();
        BenchResults.record(DASHBOARD, db, scale(), "part: Roadmap summary, an activity saved",
                Timing.mediansInTurn(this::changeTheRoadmap, () -> roadmap.summary(), () -> null)[0], "ms", "");
        BenchResults.record(DASHBOARD, db, scale(), "part: request pipeline, counted afresh",
                Timing.mediansInTurn(this::changeElsewhere, () -> assistance.pipeline(), () -> null)[0], "ms", "");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void statementsToRenderEachMainScreen() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        String request = jdbc.queryForObject("select max(request_number) from assistance_request "
                + "where request_number like 'TA-2026-%'", String.class);
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put("dashboard", "");
        screens.put("KPI detail", "kpis/SDG-4.a.1b");
        screens.put("Roadmap timeline", "roadmap");
        screens.put("request list", "assistance");
        screens.put("request detail", "assistance/" + request);
        String db = BenchResults.database();
        StringBuilder log = new StringBuilder("# SQL statements per screen: " + db + ", " + scale() + "\n");
        screens.forEach((screen, path) -> {
            navigate("", Component.class); // warm: the layout's own reads are counted with every screen below
            changeEveryPart(); // the dashboard counted as it reads all it may again, not as it serves what it kept
            statistics.clear();
            StatementLog.takeAll();
            Component view = navigate(path, Component.class);
            // The first page, as a browser asks for it (the test tools' own row count would read every row).
            $(Grid.class, view).all().forEach(grid -> {
                grid.getDataCommunicator().setViewportRange(0, 50);
                grid.getDataCommunicator().getItem(0);
            });
            long statements = statistics.getPrepareStatementCount();
            List<String> sql = StatementLog.takeAll();
            log.append("\n## ").append(screen).append(" (/").append(path).append("): ").append(sql.size())
                    .append("\n\n");
            sql.forEach(statement -> log.append("1. `").append(statement).append("`\n"));
            BenchResults.atMost(STATEMENTS, db, scale(), screen, statements, "statements", 15,
                    "/" + path + " rendered server-side as a minister, first page of its grids included");
            BenchResults.equalAcrossScales(STATEMENTS, db, screen);
        });
        BenchResults.attach("statements-" + db + "-" + scale() + ".md", log.toString());
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void firstPageOfEachLazyGrid() {
        String db = BenchResults.database();
        PageRequest page = PageRequest.of(0, 50);
        // Each floor is the grid's page as the service asks for it: the same rows, columns, order and tie-breaker.
        // The Roadmap's page in the shape the service gives it on each database (ActivityPagesImpl): on H2 the
        // page's activities are chosen on their own table, as H2 sorts every joined row before cutting the page.
        String activityRows = """
                select a.id, a.kind, a.name_en, a.name_ru, a.name_tk, ar.code, ar.name_en, ar.name_ru, ar.name_tk,
                       o.name_en, o.name_ru, o.name_tk, u.full_name, a.planned_start, a.planned_end, a.actual_start,
                       a.actual_end, a.percent_complete, a.status
                from activity a join action_area ar on ar.id = a.action_area_id
                join organisation o on o.id = a.owner_organisation_id left join app_user u on u.id = a.responsible_user_id
                """;
        String onH2 = activityRows + """
                where a.id in (select p.id from activity p
                               where p.planned_end >= date '1900-01-01' and p.planned_start <= date '9999-12-31'
                               order by p.planned_start, p.id offset 0 rows fetch first 51 rows only)
                order by a.planned_start, a.id""";
        String onPostgres = activityRows + """
                where a.planned_end >= date '1900-01-01' and a.planned_start <= date '9999-12-31'
                order by a.planned_start, a.id offset 0 rows fetch first 51 rows only""";
        gridFigure(db, "Roadmap activities", () -> roadmap.activities(ActivityFilter.ALL, page).getContent(),
                db.equals("H2") ? onH2 : onPostgres);
        gridFigure(db, "assistance requests", () -> assistance.list(RequestFilter.none(), page).getContent(), """
                select r.request_number, r.title, r.category, adr.name_en, adr.name_ru, adr.name_tk, r.priority,
                       r.status, adv.full_name, r.created_at, r.due_date, r.submitted_at, r.first_response_at,
                       r.sla_paused_since, r.sla_paused_seconds
                from assistance_request r join organisation adr on adr.id = r.addressed_org_id
                left join app_user adv on adv.id = r.assigned_advisor_id
                order by r.created_at desc, r.id desc offset 0 rows fetch first 51 rows only""");
        // The catalogue judges each KPI of the page: its floor reads the page's KPIs with their series, then the
        // targets of those KPIs by their ids, as the service does.
        String cataloguePage = KPI_ROWS + " order by k.code offset 0 rows fetch first 51 rows only";
        String pageTargets = "select kpi_id, target_year, target_value from kpi_target where kpi_id in (%s)";
        gridFigure(db, "KPI catalogue", () -> kpis.catalogue(null, null, null, YEAR, page).getContent(),
                cataloguePage, cataloguePage + "; " + pageTargets.formatted("the page's 50 ids"), () -> {
                    List<Object> ids = jdbc.queryForList(cataloguePage).stream().limit(50).map(row -> row.get("id"))
                            .toList();
                    return jdbc.queryForList(pageTargets.formatted(String.join(", ",
                            Collections.nCopies(ids.size(), "?"))), ids.toArray());
                });
        QueryPlans.write(jdbc, db, scale());
    }

    private void gridFigure(String db, String grid, Supplier<List<?>> service, String sql) {
        gridFigure(db, grid, service, sql, sql, () -> jdbc.queryForList(sql));
    }

    /**
     * The service's first page against its floor, the statements {@code sql} describes.
     *
     * @param pageSql the floor's statement that reads the page's rows
     */
    private void gridFigure(String db, String grid, Supplier<List<?>> service, String pageSql, String sql,
                            Supplier<List<?>> floor) {
        assertThat(service.get()).hasSize(Math.min(50, jdbc.queryForList(pageSql).size()));
        double[] medians = Timing.mediansInTurn(service, floor);
        double app = medians[0];
        double reference = medians[1];
        BenchResults.record(GRIDS, db, scale(), grid + ": service (median)", app, "ms", "first page of 50");
        BenchResults.atMost(GRIDS, db, scale(), grid + ": service / raw paged SQL", app / reference, "ratio", 2.0,
                "raw SQL: " + sql.replaceAll("\\s+", " "));
    }
}
