package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eduroadmap.base.LocalizedText;

/**
 * What judging a KPI and showing it on the dashboard or in the catalogue read: read as a projection, not as
 * entities, because those screens read every KPI with every target on each visit.
 *
 * @param history the KPI's {@link NationalSeries} line, or null when read without it
 */
record AssessedKpi(long id, String code, LocalizedText name, String areaCode, int areaOrder, LocalizedText areaName,
                Framework framework, KpiUnit unit, int decimals, LocalizedText owner, KpiRule rule, String history) {

    static AssessedKpi of(Kpi kpi) {
        return new AssessedKpi(kpi.getId(), kpi.getCode(), kpi.getName(), kpi.getPriorityArea().getCode(),
                kpi.getPriorityArea().getSortOrder(), kpi.getPriorityArea().getName(), kpi.getFramework(),
                kpi.getUnit(), kpi.getDecimals(), kpi.getOwner().getName(), kpi.rule(), null);
    }

    /** One KPI with its national series line (null before its first start), as one query reads them. */
    record Row(Long id, String code, LocalizedText name, String areaCode, int areaOrder, LocalizedText areaName,
               Framework framework, KpiUnit unit, int decimals, LocalizedText owner, Direction direction,
               BigDecimal baselineValue, int baselineYear, BigDecimal onTrackPercent, BigDecimal atRiskPercent,
               String history) {
    }

    /** One target of a KPI. */
    record Target(Long kpiId, Integer year, BigDecimal value) {
    }

    /** The KPIs of the rows, in their order, each with all its targets. */
    static List<AssessedKpi> of(List<Row> rows, List<Target> targets) {
        Map<Long, TreeMap<Integer, BigDecimal>> byKpi = new HashMap<>();
        targets.forEach(target -> byKpi.computeIfAbsent(target.kpiId(), id -> new TreeMap<>())
                .put(target.year(), target.value()));
        return rows.stream().map(kpi -> new AssessedKpi(kpi.id(), kpi.code(), kpi.name(), kpi.areaCode(),
                kpi.areaOrder(), kpi.areaName(), kpi.framework(), kpi.unit(), kpi.decimals(), kpi.owner(),
                new KpiRule(kpi.direction(), kpi.baselineValue(), kpi.baselineYear(),
                        byKpi.getOrDefault(kpi.id(), new TreeMap<>()), kpi.onTrackPercent(), kpi.atRiskPercent()),
                kpi.history())).toList();
    }
}
