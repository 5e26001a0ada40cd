package org.eduroadmap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The H2 backup and restore of the README: a script of the whole database, the database wiped, the script
 * run back, and every row of every table is there again, audit history included. On a database of its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:backup-restore;DB_CLOSE_DELAY=-1")
class BackupRestoreIT {

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    private List<String> tables() {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'PUBLIC'"
                + " and table_type = 'BASE TABLE' order by table_name", String.class);
    }

    /** Every table's rows, as text, so that restored values are compared and not only counted. */
    private Map<String, List<String>> contents() {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        for (String table : tables()) {
            contents.put(table, jdbc.queryForList("select * from \"" + table + "\"").stream()
                    .map(Object::toString).sorted().toList());
        }
        return contents;
    }

    @Test
    void aBackupRestoresEveryRecordAfterTheDatabaseIsWiped() throws Exception {
        Map<String, List<String>> before = contents();
        assertThat(before.get("KPI")).isNotEmpty();
        assertThat(before.get("ASSISTANCE_REQUEST")).isNotEmpty();
        assertThat(before.values().stream().mapToInt(List::size).sum()).isGreaterThan(500);
        Path backup = folder.resolve("eduroadmap-backup.sql");

        jdbc.execute("script to '" + backup + "'");
        jdbc.execute("drop all objects");
        assertThat(tables()).isEmpty();
        jdbc.execute("runscript from '" + backup + "'");

        assertThat(Files.size(backup)).isPositive();
        assertThat(contents()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select title from assistance_request where request_number = 'TA-2025-001'",
                String.class)).isEqualTo("Training of trainers in teachers' digital competencies");
    }
}
