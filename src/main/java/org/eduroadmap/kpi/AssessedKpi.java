package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eduroadmap.base.LocalizedText;

/**
 * What judging a KPI and showing it on the dashboard or in the catalogue read: read as a projection, not as
 * entities, because those screens read every KPI with every target on each visit.
 */
record AssessedKpi(long id, String code, LocalizedText name, String areaCode, int areaOrder, LocalizedText areaName,
                Framework framework, KpiUnit unit, int decimals, LocalizedText owner, KpiRule rule) {

    static AssessedKpi of(Kpi kpi) {
        return new AssessedKpi(kpi.getId(), kpi.getCode(), kpi.getName(), kpi.getPriorityArea().getCode(),
                kpi.getPriorityArea().getSortOrder(), kpi.getPriorityArea().getName(), kpi.getFramework(),
                kpi.getUnit(), kpi.getDecimals(), kpi.getOwner().getName(), kpi.rule());
    }

    /** One KPI with one of its targets (both null for a KPI without targets), as one query reads them. */
    record Row(Long id, String code, LocalizedText name, String areaCode, int areaOrder, LocalizedText areaName,
               Framework framework, KpiUnit unit, int decimals, LocalizedText owner, Direction direction,
               BigDecimal baselineValue, int baselineYear, BigDecimal onTrackPercent, BigDecimal atRiskPercent,
               Integer targetYear, BigDecimal targetValue) {
    }

    /** The KPIs of the rows, in the order of their first rows, each with all its targets. */
    static List<AssessedKpi> of(List<Row> rows) {
        Map<Long, List<Row>> byKpi = new LinkedHashMap<>();
        rows.forEach(row -> byKpi.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byKpi.values().stream().map(AssessedKpi::ofRows).toList();
    }

    private static AssessedKpi ofRows(List<Row> rows) {
        Row kpi = rows.get(0);
        TreeMap<Integer, BigDecimal> targets = new TreeMap<>();
        rows.stream().filter(row -> row.targetYear() != null)
                .forEach(row -> targets.put(row.targetYear(), row.targetValue()));
        return new AssessedKpi(kpi.id(), kpi.code(), kpi.name(), kpi.areaCode(), kpi.areaOrder(), kpi.areaName(),
                kpi.framework(), kpi.unit(), kpi.decimals(), kpi.owner(), new KpiRule(kpi.direction(),
                kpi.baselineValue(), kpi.baselineYear(), targets, kpi.onTrackPercent(), kpi.atRiskPercent()));
    }
}
