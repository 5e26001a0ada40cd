package org.eduroadmap.roadmap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

import org.eduroadmap.base.Jpql;
import org.eduroadmap.base.Pages;

/**
 * {@link ActivityPages} in JPQL built from the criteria that are set; every value travels as a parameter. One
 * statement per page, shaped for the database's planner. PostgreSQL walks an index in the page's order through
 * the join and stops at the page's end. H2 orders the joined rows before cutting the page (seconds at 100,000),
 * so there the page's activities are chosen in a subquery on the activity table alone, where an index gives
 * their order, and only they are joined to the names; on PostgreSQL that form costs a lookup by id per row.
 */
class ActivityPagesImpl implements ActivityPages {

    /** What the grid sorts by (its columns, each backed by an index, V14), and the id that settles ties. */
    private static final Set<String> SORTABLE = Set.of("plannedStart", "plannedEnd", "percentComplete", "status",
            "id");

    @PersistenceContext
    private EntityManager entityManager;
    private final boolean cutAfterJoin;

    ActivityPagesImpl(EntityManagerFactory entityManagerFactory) {
        cutAfterJoin = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect;
    }

    @Override
    public Slice<ActivityRow> findPage(ActivityFilter filter, Pageable pageable) {
        // The activity's alias: "a" in the row's own query, "p" in the subquery that chooses the page.
        String p = cutAfterJoin ? "a" : "p";
        StringBuilder page = new StringBuilder(cutAfterJoin ? ActivityRepository.ROW : "select p.id from Activity p ");
        page.append("where %1$s.plannedEnd >= :firstDay and %1$s.plannedStart <= :lastDay".formatted(p));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("firstDay", filter.firstDay());
        parameters.put("lastDay", filter.lastDay());
        Jpql.condition(page, parameters, " and " + p + ".actionArea.id = :areaId", "areaId", filter.actionAreaId());
        Jpql.condition(page, parameters, " and " + p + ".owner.id = :ownerId", "ownerId", filter.ownerId());
        Jpql.condition(page, parameters, " and " + p + ".responsible.id = :responsibleId", "responsibleId",
                filter.responsibleId());
        Jpql.condition(page, parameters, " and " + p + ".status = :status", "status", filter.status());
        Sort order = pageable.getSort().and(Sort.by("id"));
        page.append(Jpql.orderBy(order, p, SORTABLE));
        if (pageable.isPaged()) {
            // One more than the page tells whether another page follows, without counting.
            page.append(" offset :offset rows fetch first :size rows only");
            parameters.put("offset", (int) pageable.getOffset());
            parameters.put("size", pageable.getPageSize() + 1);
        }
        String jpql = cutAfterJoin ? page.toString()
                : ActivityRepository.ROW + " where a.id in (" + page + ")" + Jpql.orderBy(order, "a", SORTABLE);
        TypedQuery<ActivityRow> query = entityManager.createQuery(jpql, ActivityRow.class);
        parameters.forEach(query::setParameter);
        return Pages.slice(query.getResultList(), pageable);
    }
}
