package org.eduroadmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        // Each KPI has 27 years x 15 slots (national, 7 regions, 3 school levels, 2 sexes, 2 locations).
        List<String> slots = new ArrayList<>(List.of(";;;;"));
        for (String region : List.of("TM-S", "ARK", "TM-A", "TM-B", "TM-D", "TM-L", "TM-M")) {
            slots.add(region + ";;;;");
        }
        for (String level : List.of("PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY")) {
            slots.add(";" + level + ";;;");
        }
        slots.addAll(List.of(";;FEMALE;;", ";;MALE;;", ";;;URBAN;", ";;;RURAL;"));
        Path file = dir.resolve("large.csv");
        int kpiCount = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kpi_code;year;region_code;school_level;sex;location;value\n");
            int written = 0;
            while (written < ROWS) {
                String kpi = PREFIX + kpiCount++;
                fixtures.createKpi(kpi, List.of("REGION", "SCHOOL_LEVEL", "SEX", "LOCATION"));
                for (int year = 2000; year <= 2026 && written < ROWS; year++) {
                    for (int s = 0; s < slots.size() && written < ROWS; s++) {
                        out.write(kpi + ";" + year + ";" + slots.get(s) + (written % 1000) / 10.0 + "\n");
                        written++;
                    }
                }
            }
        }
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
