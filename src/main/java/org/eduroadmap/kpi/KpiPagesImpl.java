package org.eduroadmap.kpi;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

import org.eduroadmap.base.Jpql;
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
}
