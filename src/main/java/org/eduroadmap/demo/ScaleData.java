package org.eduroadmap.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.eduroadmap.base.DataVersion;

/**
 * Fills the demo database to a chosen scale, to see how the application behaves when a national system has
 * grown: {@code eduroadmap.scale=large} adds KPIs up to 200 in all, 1,000,000 measurements (regions x school
 * levels x sex x location x 20 years x quarters), 100,000 Roadmap activities with dependencies, and 50,000
 * assistance requests with 500,000 comments. {@code small} (the default) is the demo data alone.
 *
 * <p>The rows are invented, deterministic (a fixed seed) and written with JDBC batch inserts in chunks that
 * commit on their own, so that {@code large} takes minutes. It runs once: a database that already holds the
 * generated rows is left as it is. Generated rows have no audit history.
 */
@Component
@Profile("demo")
@Order(20)
class ScaleData implements ApplicationRunner {

    enum Scale {
        SMALL(0, 0, 0, 0, 0),
        LARGE(200, 1_000_000, 100_000, 50_000, 500_000);

        final int kpis;
        final int measurements;
        final int activities;
        final int requests;
        final int comments;

        Scale(int kpis, int measurements, int activities, int requests, int comments) {
            this.kpis = kpis;
            this.measurements = measurements;
            this.activities = activities;
            this.requests = requests;
            this.comments = comments;
        }
    }

    static final String CODE_PREFIX = "GEN-";
    private static final Logger log = LoggerFactory.getLogger(ScaleData.class);
    private static final int CHUNK = 5_000;
    private static final int FIRST_YEAR = 2007;
    private static final int YEARS = 20;
    private static final String[] LEVELS = {"PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY"};
    private static final String[] SEXES = {"FEMALE", "MALE"};
    private static final String[] LOCATIONS = {"URBAN", "RURAL"};
    private static final String[][] TOPICS = {
            {"teacher training in digital skills", "обучение учителей цифровым навыкам", "mugallymlary sanly başarnyklara öwretmek"},
            {"school connectivity survey", "обследование подключения школ", "mekdepleriň birikmesini barlamak"},
            {"open textbooks in Turkmen", "открытые учебники на туркменском", "türkmen dilinde açyk okuw kitaplary"},
            {"EMIS data quality review", "проверка качества данных EMIS", "EMIS maglumatlarynyň hilini barlamak"},
            {"computer lab equipment", "оборудование компьютерных классов", "kompýuter otaglarynyň enjamlary"},
            {"distance learning pilot", "пилот дистанционного обучения", "aralykdan okatmagyň synag taslamasy"},
            {"digital assessment of pupils", "цифровая оценка учащихся", "okuwçylary sanly bahalandyrmak"},
            {"school leaders' workshop", "семинар для директоров школ", "mekdep ýolbaşçylary üçin okuw maslahaty"}};

    private final JdbcTemplate jdbc;
    private final Scale scale;
    private final DataVersion version;

    ScaleData(DataSource dataSource, @Value("${eduroadmap.scale:small}") String scale, DataVersion version) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.scale = Scale.valueOf(scale.strip().toUpperCase(Locale.ROOT));
        this.version = version;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (scale == Scale.SMALL) {
            return;
        }
        if (count("select count(*) from kpi where code like '" + CODE_PREFIX + "%'") > 0) {
            log.info("Database already holds generated rows: scale data not inserted.");
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(20_261_128L);
        List<Long> kpiIds = kpis();
        measurements(kpiIds, random);
        activities(random);
        requests(random);
        version.changing(); // outside a transaction: at once
        log.info("Scale {} generated in {} s: {} KPIs, {} measurements, {} activities, {} requests, {} comments.",
                scale.name().toLowerCase(Locale.ROOT), (System.nanoTime() - started) / 1_000_000_000,
                count("select count(*) from kpi"), count("select count(*) from kpi_measurement"),
                count("select count(*) from activity"), count("select count(*) from assistance_request"),
                count("select count(*) from request_comment"));
    }

    private List<Long> kpis() {
        int missing = scale.kpis - (int) count("select count(*) from kpi");
        long firstId = nextId("kpi");
        List<Long> areas = jdbc.queryForList("select id from priority_area order by sort_order", Long.class);
        long owner = jdbc.queryForObject("select min(id) from organisation where kind = 'MINISTRY'", Long.class);
        List<Object[]> kpiRows = new ArrayList<>();
        List<Object[]> targets = new ArrayList<>();
        List<Object[]> dimensions = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            long id = firstId + i;
            ids.add(id);
            String[] topic = TOPICS[i % TOPICS.length];
            kpiRows.add(new Object[]{id, CODE_PREFIX + String.format("%03d", i + 1),
                    "Share of schools with " + topic[0] + " (" + (i + 1) + ")",
                    "Доля школ: " + topic[1] + " (" + (i + 1) + ")",
                    "Mekdepleriň paýy: " + topic[2] + " (" + (i + 1) + ")",
                    i % 3 == 0 ? "SDG4" : "NATIONAL", areas.get(i % areas.size()), 30.0 + i % 20, FIRST_YEAR,
                    owner});
            for (int year = 2010; year <= 2030; year += 5) {
                targets.add(new Object[]{id, year, 40.0 + i % 20 + (year - 2010) * 2.5});
            }
            for (String dimension : new String[]{"REGION", "SCHOOL_LEVEL", "SEX", "LOCATION"}) {
                dimensions.add(new Object[]{id, dimension});
            }
        }
        batch("""
                insert into kpi (id, code, name_en, name_ru, name_tk, framework, priority_area_id, unit, direction,
                                 decimals, baseline_value, baseline_year, on_track_percent, at_risk_percent,
                                 data_source, owner_organisation_id)
                values (?, ?, ?, ?, ?, ?, ?, 'PERCENT', 'HIGHER_IS_BETTER', 1, ?, ?, 90, 70, 'Generated data', ?)
                """, kpiRows);
        batch("insert into kpi_target (kpi_id, target_year, target_value) values (?, ?, ?)", targets);
        batch("insert into kpi_dimension (kpi_id, dimension) values (?, ?)", dimensions);
        restartIdentity("kpi");
        return ids;
    }

    /**
     * Per KPI, first the yearly figures the charts read (national, by region, by school level, sex and
     * location), then quarterly detail by region, level, sex and location until the KPI's share is reached.
     */
    private void measurements(List<Long> kpiIds, Random random) {
        if (kpiIds.isEmpty()) {
            return;
        }
        long missing = scale.measurements - count("select count(*) from kpi_measurement");
        long perKpi = missing / kpiIds.size();
        long id = firstFreeId("kpi_measurement", "kpi_measurement_seq");
        List<Long> regions = jdbc.queryForList("select id from region order by sort_order", Long.class);
        Timestamp now = Timestamp.from(Instant.parse("2026-06-30T09:00:00Z"));
        String sql = """
                insert into kpi_measurement (id, kpi_id, period_year, period_quarter, region_id, school_level, sex,
                                             location, measured_value, source, status, created_by, created_at,
                                             updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Generated data', ?, 'generator', ?, ?)
                """;
        List<Object[]> rows = new ArrayList<>(CHUNK);
        for (int k = 0; k < kpiIds.size(); k++) {
            long kpi = kpiIds.get(k);
            long quota = k == kpiIds.size() - 1 ? missing - perKpi * (kpiIds.size() - 1) : perKpi;
            List<Object[]> values = new ArrayList<>();
            for (int y = 0; y < YEARS; y++) {
                int year = FIRST_YEAR + y;
                double level = 30 + k % 20 + y * 2.2;
                values.add(row(kpi, year, null, null, null, null, null, level, random));
                for (Long region : regions) {
                    values.add(row(kpi, year, null, region, null, null, null, level, random));
                }
                for (String schoolLevel : LEVELS) {
                    values.add(row(kpi, year, null, null, schoolLevel, null, null, level, random));
                }
                for (String sex : SEXES) {
                    values.add(row(kpi, year, null, null, null, sex, null, level, random));
                }
                for (String location : LOCATIONS) {
                    values.add(row(kpi, year, null, null, null, null, location, level, random));
                }
            }
            detail:
            for (int y = 0; y < YEARS; y++) {
                for (Long region : regions) {
                    for (String schoolLevel : LEVELS) {
                        for (String sex : SEXES) {
                            for (String location : LOCATIONS) {
                                for (int quarter = 1; quarter <= 4; quarter++) {
                                    if (values.size() >= quota) {
                                        break detail;
                                    }
                                    values.add(row(kpi, FIRST_YEAR + y, quarter, region, schoolLevel, sex, location,
                                            30 + k % 20 + y * 2.2, random));
                                }
                            }
                        }
                    }
                }
            }
            for (Object[] value : values.subList(0, (int) Math.min(quota, values.size()))) {
                value[0] = id++;
                value[10] = now;
                value[11] = now;
                rows.add(value);
                if (rows.size() == CHUNK) {
                    batch(sql, rows);
                    rows.clear();
                }
            }
        }
        batch(sql, rows);
        restartSequence("kpi_measurement_seq", id);
    }

    private static Object[] row(long kpi, int year, Integer quarter, Long region, String schoolLevel, String sex,
                                String location, double level, Random random) {
        double value = Math.max(0, Math.min(100, level + random.nextGaussian() * 4));
        String status = year < FIRST_YEAR + YEARS - 1 ? "APPROVED" : "SUBMITTED";
        return new Object[]{null, kpi, year, quarter, region, schoolLevel, sex, location,
                Math.round(value * 10) / 10.0, status, null, null};
    }

    /** Activities spread over the first Roadmap's action areas and years, each area a chain of dependencies. */
    private void activities(Random random) {
        long missing = scale.activities - count("select count(*) from activity");
        List<Long> areas = jdbc.queryForList("select id from action_area order by sort_order", Long.class);
        if (missing <= 0 || areas.isEmpty()) {
            return;
        }
        LocalDate start = jdbc.queryForObject("select min(start_date) from roadmap", LocalDate.class);
        LocalDate end = jdbc.queryForObject("select max(end_date) from roadmap", LocalDate.class);
        LocalDate today = LocalDate.of(2026, 11, 28);
        long span = ChronoUnit.DAYS.between(start, end);
        List<Long> organisations = jdbc.queryForList("select id from organisation order by id", Long.class);
        List<Long> managers = jdbc.queryForList(
                "select id from app_user where role = 'PROJECT_MANAGER' order by id", Long.class);
        long firstId = nextId("activity");
        List<Object[]> rows = new ArrayList<>(CHUNK);
        List<Object[]> dependencies = new ArrayList<>(CHUNK);
        String sql = """
                insert into activity (id, action_area_id, kind, name_en, name_ru, name_tk, description,
                                      owner_organisation_id, responsible_user_id, planned_start, planned_end,
                                      actual_start, actual_end, percent_complete, status)
                values (?, ?, ?, ?, ?, ?, 'Generated activity', ?, ?, ?, ?, ?, ?, ?, ?)
                """;
        for (int i = 0; i < missing; i++) {
            long id = firstId + i;
            boolean milestone = i % 10 == 9;
            LocalDate plannedStart = start.plusDays(random.nextLong(span));
            LocalDate plannedEnd = milestone ? plannedStart
                    : min(end, plannedStart.plusDays(14 + random.nextInt(200)));
            String status;
            int percent;
            if (plannedEnd.isBefore(today)) {
                status = random.nextInt(10) == 0 ? "IN_PROGRESS" : "DONE";
                percent = status.equals("DONE") ? 100 : 50 + random.nextInt(50);
            } else if (plannedStart.isBefore(today)) {
                status = "IN_PROGRESS";
                percent = random.nextInt(100);
            } else {
                status = random.nextInt(20) == 0 ? "ON_HOLD" : "NOT_STARTED";
                percent = 0;
            }
            String[] topic = TOPICS[i % TOPICS.length];
            int number = i + 1;
            rows.add(new Object[]{id, areas.get(i % areas.size()), milestone ? "MILESTONE" : "ACTIVITY",
                    capital(topic[0]) + " #" + number, capital(topic[1]) + " №" + number,
                    capital(topic[2]) + " №" + number, organisations.get(i % organisations.size()),
                    managers.isEmpty() ? null : managers.get(i % managers.size()), Date.valueOf(plannedStart),
                    Date.valueOf(plannedEnd), status.equals("NOT_STARTED") ? null : Date.valueOf(plannedStart),
                    status.equals("DONE") ? Date.valueOf(plannedEnd) : null, percent, status});
            // Same area as the activity before it in that area: a chain per area, every other link present.
            if (i >= areas.size() && random.nextBoolean()) {
                dependencies.add(new Object[]{id - areas.size(), id});
            }
            if (rows.size() == CHUNK) {
                batch(sql, rows);
                rows.clear();
                batch("insert into activity_dependency (predecessor_id, successor_id) values (?, ?)", dependencies);
                dependencies.clear();
            }
        }
        batch(sql, rows);
        batch("insert into activity_dependency (predecessor_id, successor_id) values (?, ?)", dependencies);
        restartIdentity("activity");
    }

    /** Requests from the ministry to the UNESCO offices over the years, each with its conversation. */
    private void requests(Random random) {
        long missing = scale.requests - count("select count(*) from assistance_request");
        if (missing <= 0) {
            return;
        }
        List<Long> ministries = jdbc.queryForList(
                "select id from organisation where kind <> 'UNESCO' order by id", Long.class);
        List<Long> offices = jdbc.queryForList("select id from organisation where kind = 'UNESCO' order by id",
                Long.class);
        List<Long> managers = jdbc.queryForList(
                "select id from app_user where role = 'PROJECT_MANAGER' order by id", Long.class);
        List<Long> advisors = jdbc.queryForList(
                "select id from app_user where role = 'UNESCO_ADVISOR' order by id", Long.class);
        if (ministries.isEmpty() || offices.isEmpty() || managers.isEmpty() || advisors.isEmpty()) {
            return;
        }
        String[] categories = {"POLICY_ADVICE", "CAPACITY_BUILDING", "EMIS_DESIGN", "DIGITAL_CONTENT",
                "INFRASTRUCTURE_ASSESSMENT"};
        String[] priorities = {"LOW", "MEDIUM", "MEDIUM", "HIGH"};
        String[] statuses = {"CLOSED", "CLOSED", "CLOSED", "DELIVERED", "DECLINED", "IN_PROGRESS", "ACCEPTED",
                "UNDER_REVIEW", "NEEDS_INFORMATION", "SUBMITTED", "DRAFT"};
        long firstId = nextId("assistance_request");
        long commentId = nextId("request_comment");
        // The comments still missing, spread evenly: the first requests take one more when they do not divide.
        long missingComments = Math.max(0, scale.comments - count("select count(*) from request_comment"));
        long perRequest = missingComments / missing;
        long oneMore = missingComments % missing;
        int perYear = (int) Math.ceil(missing / (double) (YEARS - 1));
        String requestSql = """
                insert into assistance_request (id, request_number, title, description, category,
                    requesting_org_id, addressed_org_id, priority, due_date, assigned_advisor_id, status,
                    decline_reason, created_by_id, created_at, submitted_at, first_response_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """;
        String commentSql = """
                insert into request_comment (id, request_id, author_id, body, internal, created_at)
                values (?, ?, ?, ?, ?, ?)
                """;
        List<Object[]> requests = new ArrayList<>(CHUNK);
        List<Object[]> comments = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            long id = firstId + i;
            // Years up to last year, with five digits: the numbering of this year's new requests is untouched.
            int year = FIRST_YEAR + i / perYear;
            String[] topic = TOPICS[i % TOPICS.length];
            String status = year < 2024 ? statuses[random.nextInt(5)] : statuses[random.nextInt(statuses.length)];
            Instant created = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360)).atStartOfDay()
                    .toInstant(java.time.ZoneOffset.UTC).plusSeconds(random.nextInt(36_000));
            boolean submitted = !status.equals("DRAFT");
            boolean answered = submitted && !status.equals("SUBMITTED");
            long manager = managers.get(i % managers.size());
            long advisor = advisors.get(i % advisors.size());
            requests.add(new Object[]{id, String.format("TA-%d-%05d", year, i % perYear + 1),
                    "Support for " + topic[0] + " (" + (i + 1) + ")",
                    "The ministry asks for technical assistance with " + topic[0] + " in the schools of the region.",
                    categories[i % categories.length], ministries.get(i % ministries.size()),
                    offices.get(i % offices.size()), priorities[random.nextInt(priorities.length)],
                    Date.valueOf(LocalDate.ofInstant(created, java.time.ZoneOffset.UTC).plusDays(90)),
                    answered ? advisor : null, status, status.equals("DECLINED") ? "Outside the office's mandate" : null,
                    manager, Timestamp.from(created), submitted ? Timestamp.from(created.plusSeconds(3_600)) : null,
                    answered ? Timestamp.from(created.plus(2, ChronoUnit.DAYS)) : null});
            for (int c = 0; c < perRequest + (i < oneMore ? 1 : 0); c++) {
                boolean fromAdvisor = c % 2 == 1;
                comments.add(new Object[]{commentId++, id, fromAdvisor ? advisor : manager,
                        (fromAdvisor ? "Thank you. We reviewed the note on " : "Please find the update on ") + topic[0]
                                + ", step " + (c + 1) + " of the work plan; the next step is agreed for the coming month.",
                        fromAdvisor && c % 5 == 3, Timestamp.from(created.plus(c + 1L, ChronoUnit.DAYS))});
            }
            if (requests.size() == CHUNK) {
                batch(requestSql, requests);
                requests.clear();
                batch(commentSql, comments);
                comments.clear();
            }
        }
        batch(requestSql, requests);
        batch(commentSql, comments);
        restartIdentity("assistance_request");
        restartIdentity("request_comment");
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private long nextId(String table) {
        return count("select coalesce(max(id), 0) + 1 from " + table);
    }

    /** The rows above were given their ids: new rows continue after them. */
    private void restartIdentity(String table) {
        jdbc.execute("alter table " + table + " alter column id restart with " + nextId(table));
    }

    /**
     * The first id of a table whose ids come from a sequence, above every id in use and every block of ids the
     * application may hold: it takes ids from the sequence in blocks, each starting at a value it drew.
     */
    private long firstFreeId(String table, String sequence) {
        String drawn = postgres() ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        return Math.max(nextId(table), count(drawn));
    }

    /** The rows above were given ids below {@code next}, the first id no row has: the sequence continues there. */
    private void restartSequence(String sequence, long next) {
        jdbc.execute("alter sequence " + sequence + " restart with " + next);
    }

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
