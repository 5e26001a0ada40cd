package org.eduroadmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;

/**
 * A 100,000-row file, generated in a temporary directory, goes through the dry run and the import
 * with the default heap: the file is streamed and written in chunks. How long it takes is measured
 * elsewhere; this test only checks that every row arrives.
 */
@SpringBootTest
@Import(TestClock.class)
class LargeImportIT {

    private static final int ROWS = 100_000;
    private static final String PREFIX = "IMPORT-LOAD-";
    private static final String FILE_NAME = "import-test-100k.csv";

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
        new ImportFixtures(jdbc).deleteKpis(PREFIX);
        jdbc.update("delete from measurement_import where file_name = ?", FILE_NAME);
    }

    @Test
    void aHundredThousandRowsAreImportedInOnePiece() throws IOException {
        ImportFixtures fixtures = new ImportFixtures(jdbc);
        Path file = dir.resolve("large.csv");
        int kpiCount = fixtures.writeValues(file, PREFIX, ROWS, row -> String.valueOf((row % 1000) / 10.0));
        long before = fixtures.measurements();
        AtomicLong lastProgress = new AtomicLong();
        RunAs manager = new RunAs(securityContext);

        ImportPreview dryRun = manager.as("manager", "PROJECT_MANAGER",
                () -> imports.dryRun(FILE_NAME, file, lastProgress::set));
        assertThat(dryRun.rows()).isEqualTo(ROWS);
        assertThat(dryRun.newRows()).isEqualTo(ROWS);
        assertThat(dryRun.problems()).isEmpty();
        assertThat(lastProgress.get()).isEqualTo(ROWS);

        ImportPreview done = manager.as("manager", "PROJECT_MANAGER",
                () -> imports.importFile(FILE_NAME, file, false, lastProgress::set));

        assertThat(done.newRows()).isEqualTo(ROWS);
        assertThat(fixtures.measurements()).isEqualTo(before + ROWS);
        assertThat(jdbc.queryForObject("select count(*) from kpi_measurement where source = ? and status = 'SUBMITTED'",
                Long.class, FILE_NAME)).isEqualTo(ROWS);
        assertThat(kpiCount).isEqualTo(247);
    }
}
