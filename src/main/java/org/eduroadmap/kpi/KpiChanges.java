package org.eduroadmap.kpi;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.eduroadmap.base.ChangeFollower;
import org.eduroadmap.organisation.Organisation;

/**
 * Writes down which KPIs each change touched ({@code kpi_change}), so that the KPIs judged at one data version
 * are brought up to date by judging again only those: a KPI's definition, targets and dimensions, its values and
 * its national series each touch it; a priority area or an organisation touches every KPI, as KPIs show their
 * names.
 */
@Component
class KpiChanges implements ChangeFollower {

    private final JdbcTemplate jdbc;

    KpiChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void changed(List<Object> records) {
        Set<Long> touched = new TreeSet<>();
        boolean every = false;
        for (Object record : records) {
            switch (record) {
                case Kpi kpi -> touched.add(kpi.getId());
                case KpiMeasurement measurement -> touched.add(measurement.getKpi().getId());
                case NationalSeries series -> touched.add(series.getKpiId());
                case PriorityArea area -> every = true;
                case Organisation organisation -> every = true;
                default -> {
                }
            }
        }
        String version = "(select stamp from data_version where id = 1)";
        if (every) {
            jdbc.update("insert into kpi_change (version, kpi_id) select " + version + ", id from kpi");
            // A KPI is never deleted, so the KPIs changed are all in the table.
        } else if (!touched.isEmpty()) {
            jdbc.batchUpdate("insert into kpi_change (version, kpi_id) values (" + version + ", ?)",
                    touched.stream().map(id -> new Object[]{id}).toList());
        }
    }

    /** What no node's figures can need any more: they are all read whole again after ten minutes at most. */
    @Scheduled(cron = "${eduroadmap.kpi-changes.cron:0 40 * * * *}")
    void forgetOld() {
        jdbc.update("delete from kpi_change where changed_at < current_timestamp - interval '1' hour");
    }
}
