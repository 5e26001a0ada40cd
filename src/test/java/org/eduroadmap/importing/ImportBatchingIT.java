package org.eduroadmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import org.eduroadmap.RunAs;
import org.eduroadmap.JdbcCounter;
import org.eduroadmap.TestClock;

/**
 * An import of 1,000 values sends its writes to the database in JDBC batches, not one statement per row,
 * and still stores every value with its workflow step and its audit record.
 */
@SpringBootTest
@Import({TestClock.class, JdbcCounter.class})
class ImportBatchingIT {

    private static final int ROWS = 1_000;
    private static final String PREFIX = "IMPORT-BATCH-";
    private static final String FILE_NAME = "import-batching-1000.csv";

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @TempDir
    Path dir;

    @AfterEach
    void removeWhatWasImported() {
        ImportFixtures fixtures = new ImportFixtures(jdbc);
        fixtures.deleteImported(FILE_NAME);
        fixtures.deleteKpis(PREFIX);
    }

    @Test
    void aThousandValuesAreWrittenInBatchesWithTheirStepsAndAuditRecords() throws IOException {
        ImportFixtures fixtures = new ImportFixtures(jdbc);
        Path file = dir.resolve("values.csv");
        fixtures.writeValues(file, PREFIX, ROWS, row -> String.valueOf(row % 100));
        RunAs manager = new RunAs(securityContext);

        JdbcCounter.reset();
        ImportPreview done = manager.as("manager", "PROJECT_MANAGER",
                () -> imports.importFile(FILE_NAME, file, false, rows -> { }));
        long statements = JdbcCounter.statements();
        long batches = JdbcCounter.batches();

        assertThat(done.newRows()).isEqualTo(ROWS);
        String ids = "select id from kpi_measurement where source = '" + FILE_NAME + "'";
        assertThat(jdbc.queryForObject("select count(*) from kpi_measurement where source = ? and status = 'SUBMITTED'",
                Long.class, FILE_NAME)).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("select count(*) from measurement_transition where to_status = 'SUBMITTED'"
                + " and measurement_id in (" + ids + ")", Long.class)).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("select count(*) from kpi_measurement_aud where revtype = 0 and id in (" + ids
                + ")", Long.class)).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("select count(*) from audit_change where entity_type = 'KpiMeasurement'"
                + " and operation = 'CREATE' and entity_id in (select cast(id as varchar(60)) from kpi_measurement"
                + " where source = ?)", Long.class, FILE_NAME)).isEqualTo(ROWS);
        // Four rows per value (value, workflow step, audit row, audit change): one statement each would be 4,000.
        System.out.printf("Import of %d values: %d JDBC statements, %d JDBC batches%n", ROWS, statements, batches);
        assertThat(statements + batches).as("statements and batches for %d values", ROWS).isLessThan(200);
    }
}
