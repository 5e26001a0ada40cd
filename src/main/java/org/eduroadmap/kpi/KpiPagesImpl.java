package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

import org.eduroadmap.base.Jpql;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.Pages;

/** {@link KpiPages} in JPQL built from the criteria that are set; every value travels as a parameter. */
class KpiPagesImpl implements KpiPages {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Slice<AssessedKpi.Row> findPage(String text, String areaCode, Pageable pageable) {
        StringBuilder jpql = new StringBuilder(KpiRepository.ASSESSMENT_ROWS).append(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        Jpql.condition(jpql, parameters, " and a.code = :area", "area", areaCode.isEmpty() ? null : areaCode);
        Jpql.condition(jpql, parameters, " and (lower(k.code) like :text or lower(k.name.en) like :text"
                + " or lower(k.name.ru) like :text or lower(k.name.tk) like :text)", "text",
                text.isEmpty() ? null : "%" + text + "%");
        jpql.append(Jpql.orderBy(pageable.getSort(), "k", Set.of("code")));
        TypedQuery<AssessedKpi.Row> query = entityManager.createQuery(jpql.toString(), AssessedKpi.Row.class);
        parameters.forEach(query::setParameter);
        return Pages.slice(query, pageable);
    }

    @Override
    public List<AssessedKpi.Target> findTargets(Collection<Long> kpiIds) {
        // In SQL, on the target table alone: JPQL reaches targets only through their KPI, and with that join H2
        // spent two thirds of a catalogue page comparing rows with the list of ids (JFR).
        List<?> rows = entityManager.createNativeQuery(
                        "select kpi_id, target_year, target_value from kpi_target where kpi_id in (:ids)", Tuple.class)
                .setParameter("ids", kpiIds).getResultList();
        return rows.stream().map(Tuple.class::cast).map(row -> new AssessedKpi.Target(
                row.get(0, Number.class).longValue(), row.get(1, Number.class).intValue(),
                row.get(2, BigDecimal.class))).toList();
    }

    @Override
    public List<AssessedKpi.Row> findForAssessment(Collection<Long> kpiIds, boolean brokenDownByRegion) {
        // In SQL with the ids as one array: the text never changes, so neither Hibernate nor PostgreSQL works out
        // anew how to run it (a list of ids as a parameter has Hibernate translate the query on every call; chosen
        // in a subquery on the changes, PostgreSQL planned the semi-join at each call).
        List<?> rows = entityManager.createNativeQuery("""
                        select k.id, k.code, k.name_en, k.name_ru, k.name_tk, p.code, p.sort_order, p.name_en,
                               p.name_ru, p.name_tk, k.framework, k.unit, k.decimals, o.name_en, o.name_ru, o.name_tk,
                               k.direction, k.baseline_value, k.baseline_year, k.on_track_percent, k.at_risk_percent,
                               s.history
                        from kpi k join priority_area p on p.id = k.priority_area_id
                        join organisation o on o.id = k.owner_organisation_id
                        left join kpi_national_series s on s.kpi_id = k.id
                        where k.id = any(:ids) and (:any or exists (select 1 from kpi_dimension d
                                                                   where d.kpi_id = k.id and d.dimension = 'REGION'))
                        order by k.code""", Tuple.class)
                .setParameter("ids", kpiIds.toArray(Long[]::new)).setParameter("any", !brokenDownByRegion)
                .getResultList();
        return rows.stream().map(Tuple.class::cast).map(row -> new AssessedKpi.Row(
                row.get(0, Number.class).longValue(), row.get(1, String.class), text(row, 2),
                row.get(5, String.class), row.get(6, Number.class).intValue(), text(row, 7),
                Framework.valueOf(row.get(10, String.class)), KpiUnit.valueOf(row.get(11, String.class)),
                row.get(12, Number.class).intValue(), text(row, 13), Direction.valueOf(row.get(16, String.class)),
                row.get(17, BigDecimal.class), row.get(18, Number.class).intValue(), row.get(19, BigDecimal.class),
                row.get(20, BigDecimal.class), row.get(21, String.class))).toList();
    }

    private static LocalizedText text(Tuple row, int first) {
        return new LocalizedText(row.get(first, String.class), row.get(first + 1, String.class),
                row.get(first + 2, String.class));
    }

    @Override
    public ChangedKpis findChanged(long after, long upTo) {
        List<?> rows = entityManager.createNativeQuery("""
                        select c.kpi_id, t.target_year, t.target_value from kpi_change c
                        left join kpi_target t on t.kpi_id = c.kpi_id
                        where c.version > :after and c.version <= :upTo""", Tuple.class)
                .setParameter("after", after).setParameter("upTo", upTo).getResultList();
        Set<Long> kpiIds = new LinkedHashSet<>();
        List<AssessedKpi.Target> targets = new ArrayList<>();
        for (Object result : rows) {
            Tuple row = (Tuple) result;
            long kpiId = row.get(0, Number.class).longValue();
            kpiIds.add(kpiId);
            // A KPI changed at several versions comes once per version: the same targets again, each replacing
            // itself when the KPI is judged.
            if (row.get(1) != null) {
                targets.add(new AssessedKpi.Target(kpiId, row.get(1, Number.class).intValue(),
                        row.get(2, BigDecimal.class)));
            }
        }
        return new ChangedKpis(kpiIds, targets);
    }
}
