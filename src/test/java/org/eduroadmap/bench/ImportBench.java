package org.eduroadmap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.importing.ImportFixtures;
import org.eduroadmap.importing.ImportPreview;
import org.eduroadmap.importing.ImportService;

/**
 * Benchmark 6: a 100,000-row CSV file (247 KPIs x 27 years x 15 slots, as in LargeImportIT) goes through
 * {@link ImportService} as a project manager: the dry run, then the import, which reads, checks and stores
 * every row (value, its workflow step and its audit record) in one transaction. Its floor is a plain JDBC
 * batch insert of the same 100,000 rows, with the same column values, into kpi_measurement, in one
 * transaction. Both start from the same state: what either wrote is removed before the other runs. The
 * database is the bench's own: an in-memory H2, or a schema of its own on the suite's PostgreSQL.
 */
@SpringBootTest
@Import(TestClock.class)
class ImportBench {

    static final String IMPORT = "6 Import of 100,000 rows";
    private static final int ROWS = 100_000;
    private static final String PREFIX = "IMPORT-BENCH-";
    private static final String FILE_NAME = "import-bench-100k.csv";
    private static final String FLOOR_SOURCE = "import-bench-floor";
    private static final List<String> REGIONS = List.of("TM-S", "ARK", "TM-A", "TM-B", "TM-D", "TM-L", "TM-M");

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @TempDir
    Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        String url = BenchDatabase.postgresSchema("bench_import", false)
                .orElse("jdbc:h2:mem:importbench;DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.url", () -> url);
    }

    /** One row of the file, as the floor inserts it. */
    private record Row(String kpi, int year, String region, String level, String sex, String location,
                       BigDecimal value) {
    }

    @Test
    void importAgainstARawBatchInsert() throws Exception {
        ImportFixtures fixtures = new ImportFixtures(jdbc);
        fixtures.deleteKpis(PREFIX);
        Path file = dir.resolve("large.csv");
        List<Row> rows = writeFile(file, fixtures);
        long before = fixtures.measurements();
        RunAs manager = new RunAs(securityContext);
        AtomicLong progress = new AtomicLong();
        String db = BenchResults.database();

        // Warm-up: the code paths of both run once on a tenth of the file, then everything is removed.
        Path warmUpFile = dir.resolve("warm-up.csv");
        try (var lines = Files.lines(file)) {
            Files.write(warmUpFile, (Iterable<String>) lines.limit(ROWS / 10 + 1)::iterator);
        }
        floor(rows.subList(0, ROWS / 10));
        removeFloorRows();
        manager.as("manager", "PROJECT_MANAGER", () -> imports.importFile(FILE_NAME, warmUpFile, false, progress::set));
        removeImported();
        assertThat(fixtures.measurements()).isEqualTo(before);

        // The floor.
        System.gc();
        long start = System.nanoTime();
        floor(rows);
        double floorMs = (System.nanoTime() - start) / 1e6;
        assertThat(fixtures.measurements()).isEqualTo(before + ROWS);
        removeFloorRows();
        assertThat(fixtures.measurements()).isEqualTo(before);

        // The dry run, as the import screen runs it before the import.
        System.gc();
        start = System.nanoTime();
        ImportPreview dryRun = manager.as("manager", "PROJECT_MANAGER",
                () -> imports.dryRun(FILE_NAME, file, progress::set));
        double dryRunMs = (System.nanoTime() - start) / 1e6;
        assertThat(dryRun.newRows()).isEqualTo(ROWS);

        // The import, with the heap watched while it runs.
        System.gc();
        long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        HeapWatch watch = HeapWatch.start();
        start = System.nanoTime();
        ImportPreview done = manager.as("manager", "PROJECT_MANAGER",
                () -> imports.importFile(FILE_NAME, file, false, progress::set));
        double importMs = (System.nanoTime() - start) / 1e6;
        long peak = watch.stop();
        assertThat(done.newRows()).isEqualTo(ROWS);
        assertThat(fixtures.measurements()).isEqualTo(before + ROWS);
        removeImported();

        double mb = 1024 * 1024;
        BenchResults.record(IMPORT, db, "", "import (wall time)", importMs, "ms",
                "ImportService.importFile of the 100,000-row CSV as a project manager: read, check, store values, "
                        + "workflow steps and audit records, one transaction; once, after a warm-up import of 10,000 rows");
        BenchResults.record(IMPORT, db, "", "dry run (wall time)", dryRunMs, "ms",
                "ImportService.dryRun of the same file (read and check, no write), as the import screen runs it first");
        BenchResults.record(IMPORT, db, "", "raw JDBC batch insert floor (wall time)", floorMs, "ms",
                "the same 100,000 rows with the same column values into kpi_measurement: PreparedStatement addBatch, "
                        + "executeBatch every 1000 rows, one transaction; rows built in memory beforehand; after a "
                        + "warm-up of 10,000 rows");
        BenchResults.atMost(IMPORT, db, "", "import / floor", importMs / floorMs, "ratio", 2.0, "same run, same state");
        BenchResults.record(IMPORT, db, "", "dry run + import / floor", (dryRunMs + importMs) / floorMs, "ratio",
                "what a user waits for on the import screen, against the same floor");
        BenchResults.record(IMPORT, db, "", "peak heap used during the import", peak / mb, "MB",
                "used heap (MemoryMXBean) sampled every 5 ms by a background thread while importFile ran, in a JVM "
                        + "with -Xmx2g; includes garbage not yet collected");
        BenchResults.record(IMPORT, db, "", "heap used before the import", heapBefore / mb, "MB",
                "after System.gc(), with the application context loaded");
    }

    /** Writes the file as LargeImportIT does and returns its rows; creates the KPIs it names. */
    private static List<Row> writeFile(Path file, ImportFixtures fixtures) throws IOException {
        List<String[]> slots = new ArrayList<>();
        slots.add(new String[]{null, null, null, null});
        REGIONS.forEach(region -> slots.add(new String[]{region, null, null, null}));
        for (String level : List.of("PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY")) {
            slots.add(new String[]{null, level, null, null});
        }
        slots.add(new String[]{null, null, "FEMALE", null});
        slots.add(new String[]{null, null, "MALE", null});
        slots.add(new String[]{null, null, null, "URBAN"});
        slots.add(new String[]{null, null, null, "RURAL"});
        List<Row> rows = new ArrayList<>(ROWS);
        int kpiCount = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kpi_code;year;region_code;school_level;sex;location;value\n");
            while (rows.size() < ROWS) {
                String kpi = PREFIX + kpiCount++;
                fixtures.createKpi(kpi, List.of("REGION", "SCHOOL_LEVEL", "SEX", "LOCATION"));
                for (int year = 2000; year <= 2026 && rows.size() < ROWS; year++) {
                    for (int s = 0; s < slots.size() && rows.size() < ROWS; s++) {
                        String[] slot = slots.get(s);
                        String value = String.valueOf((rows.size() % 1000) / 10.0);
                        out.write(kpi + ";" + year + ";" + cell(slot[0]) + ";" + cell(slot[1]) + ";" + cell(slot[2])
                                + ";" + cell(slot[3]) + ";" + value + "\n");
                        rows.add(new Row(kpi, year, slot[0], slot[1], slot[2], slot[3], new BigDecimal(value)));
                    }
                }
            }
        }
        return rows;
    }

    private static String cell(String value) {
        return value == null ? "" : value;
    }

    /** A plain JDBC batch insert of the rows into kpi_measurement, as SUBMITTED values, in one transaction. */
    private void floor(List<Row> rows) throws Exception {
        Map<String, Long> kpiIds = new HashMap<>();
        jdbc.query("select id, code from kpi where code like ?", rs -> {
            kpiIds.put(rs.getString(2), rs.getLong(1));
        }, PREFIX + "%");
        Map<String, Long> regionIds = new HashMap<>();
        jdbc.query("select id, code from region", rs -> {
            regionIds.put(rs.getString(2), rs.getLong(1));
        });
        Timestamp now = Timestamp.from(TestClock.NOW);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into kpi_measurement (version, kpi_id, period_year, region_id, school_level, sex, location,
                        measured_value, source, status, created_by, created_at, updated_at)
                    values (0, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', 'manager', ?, ?)""")) {
                int pending = 0;
                for (Row row : rows) {
                    insert.setLong(1, kpiIds.get(row.kpi()));
                    insert.setInt(2, row.year());
                    if (row.region() == null) {
                        insert.setNull(3, Types.BIGINT);
                    } else {
                        insert.setLong(3, regionIds.get(row.region()));
                    }
                    insert.setString(4, row.level());
                    insert.setString(5, row.sex());
                    insert.setString(6, row.location());
                    insert.setBigDecimal(7, row.value());
                    insert.setString(8, FLOOR_SOURCE);
                    insert.setTimestamp(9, now);
                    insert.setTimestamp(10, now);
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            connection.commit();
        }
    }

    private void removeFloorRows() {
        jdbc.update("delete from kpi_measurement where source = ?", FLOOR_SOURCE);
    }

    /** Removes the imported values with their workflow steps, audit records and the import's record. */
    private void removeImported() {
        String ids = "select id from kpi_measurement where source = '" + FILE_NAME + "'";
        List<Long> revisions = jdbc.queryForList("select distinct rev from kpi_measurement_aud where id in (" + ids
                + ")", Long.class);
        jdbc.update("delete from kpi_measurement_aud where id in (" + ids + ")");
        for (Long revision : revisions) {
            jdbc.update("delete from audit_change where revision_id = ?", revision);
        }
        jdbc.update("delete from measurement_transition where measurement_id in (" + ids + ")");
        jdbc.update("delete from kpi_measurement where source = ?", FILE_NAME);
        jdbc.update("delete from measurement_import where file_name = ?", FILE_NAME);
        for (Long revision : revisions) {
            jdbc.update("delete from audit_revision where id = ?", revision);
        }
    }

    /** The highest used heap seen by a thread that samples it every 5 ms. */
    private static final class HeapWatch {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        private HeapWatch() {
            thread = Thread.ofPlatform().daemon().start(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        static HeapWatch start() {
            return new HeapWatch();
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            return peak.get();
        }
    }
}
