package org.eduroadmap.kpi;

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

    /** Every KPI, for a change of what every KPI shows. */
    private static final Object EVERY_KPI = new Object();

    private final JdbcTemplate jdbc;

    KpiChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object noted(Object record) {
        return switch (record) {
            // A new KPI's id is known only once it is written, which is before the commit.
            case Kpi kpi -> kpi.getId() == null ? kpi : kpi.getId();
            case KpiMeasurement measurement -> measurement.getKpi().getId();
            case NationalSeries series -> series.getKpiId();
            case PriorityArea area -> EVERY_KPI;
            case Organisation organisation -> EVERY_KPI;
            default -> null;
        };
    }

    @Override
    public void changed(Set<Object> noted) {
        String version = "(select stamp from data_version where id = 1)";
        if (noted.contains(EVERY_KPI)) {
            // A KPI is never deleted, so the KPIs changed are all in the table.
            jdbc.update("insert into kpi_change (version, kpi_id) select " + version + ", id from kpi");
            return;
        }
        Set<Long> kpiIds = new TreeSet<>();
        noted.forEach(kpi -> kpiIds.add(kpi instanceof Kpi created ? created.getId() : (Long) kpi));
        jdbc.batchUpdate("insert into kpi_change (version, kpi_id) values (" + version + ", ?)",
                kpiIds.stream().map(id -> new Object[]{id}).toList());
    }

    /** What no node's figures can need any more: they are all read whole again after ten minutes at most. */
    @Scheduled(cron = "${eduroadmap.kpi-changes.cron:0 40 * * * *}")
    void forgetOld() {
        jdbc.update("delete from kpi_change where changed_at < current_timestamp - interval '1' hour");
    }
}
