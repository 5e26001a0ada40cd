package org.eduroadmap.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.eduroadmap.TestClock;

/** The KPIs each change touched are written down for an hour: no node's kept figures are older than ten minutes. */
@SpringBootTest
@Import(TestClock.class)
class KpiChangesIT {

    @Autowired
    KpiChanges changes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changesOlderThanAnHourAreForgotten() {
        long kpi = jdbc.queryForObject("select min(id) from kpi", Long.class);
        // Versions below any the application reaches, so no node reads these rows as a change.
        jdbc.update("insert into kpi_change (version, kpi_id, changed_at)"
                + " values (-3, ?, current_timestamp - interval '61' minute)", kpi);
        jdbc.update("insert into kpi_change (version, kpi_id, changed_at)"
                + " values (-2, ?, current_timestamp - interval '59' minute)", kpi);

        changes.forgetOld();

        assertThat(jdbc.queryForList("select version from kpi_change where version < 0", Long.class))
                .containsExactly(-2L);
        jdbc.update("delete from kpi_change where version < 0");
    }
}
