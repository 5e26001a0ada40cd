package org.eduroadmap.assistance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

import org.eduroadmap.base.Jpql;
import org.eduroadmap.base.Pages;

/** {@link RequestListQueries} in JPQL built per call; every value travels as a parameter. */
class RequestListQueriesImpl implements RequestListQueries {

    /** What the request list sorts by (its columns), and the id that settles ties. */
    private static final Set<String> SORTABLE = Set.of("number", "title", "priorityRank", "statusRank", "createdAt",
            "dueDate", "id");
    /** Priorities sort by urgency and statuses in workflow order, not by their names. */
    private static final Map<String, String> RANKED = Map.of("priority", "priorityRank", "status", "statusRank");

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Slice<RequestListRow> findListRows(Set<RequestStatus> statuses, RequestCategory category,
                                              RequestPriority priority, Long addressedId, Long requestingId,
                                              Long advisorId, String text, RequestViewer viewer, Pageable pageable) {
        StringBuilder jpql = new StringBuilder("""
                select new org.eduroadmap.assistance.RequestListRow(r.number, r.title, r.category, adr.name,
                       r.priority, r.status, adv.fullName, r.createdAt, r.dueDate, r.submittedAt, r.firstResponseAt,
                       r.slaPausedSince, r.slaPausedSeconds)
                from AssistanceRequest r join r.addressedOrganisation adr left join r.assignedAdvisor adv
                where 1 = 1""");
        Map<String, Object> parameters = new LinkedHashMap<>();
        Jpql.condition(jpql, parameters, " and r.status in :statuses", "statuses", statuses);
        Jpql.condition(jpql, parameters, " and r.category = :category", "category", category);
        Jpql.condition(jpql, parameters, " and r.priority = :priority", "priority", priority);
        Jpql.condition(jpql, parameters, " and r.addressedOrganisation.id = :addressedId", "addressedId", addressedId);
        Jpql.condition(jpql, parameters, " and r.requestingOrganisation.id = :requestingId", "requestingId", requestingId);
        Jpql.condition(jpql, parameters, " and r.assignedAdvisor.id = :advisorId", "advisorId", advisorId);
        Jpql.condition(jpql, parameters, " and (lower(r.title) like :text or lower(r.description) like :text)", "text",
                text);
        Jpql.condition(jpql, parameters, " and" + RequestVisibility.OFFICE_CONDITION, "office",
                viewer.limitedToOrganisation());
        TypedQuery<RequestListRow> query = entityManager.createQuery(
                jpql + Jpql.orderBy(ranked(pageable.getSort()), "r", SORTABLE), RequestListRow.class);
        parameters.forEach(query::setParameter);
        return Pages.slice(query, pageable);
    }

    /**
     * The list's sort with ranks for priority and status, then the id, which settles ties so pages never overlap:
     * in the last column's direction, so one index serves the whole order.
     */
    private static Sort ranked(Sort sort) {
        Sort ranked = Sort.by(sort.stream().map(order -> order.withProperty(RANKED.getOrDefault(order.getProperty(),
                order.getProperty()))).toList());
        return ranked.and(Sort.by(ranked.stream().reduce((first, last) -> last).map(Sort.Order::getDirection)
                .orElse(Sort.Direction.ASC), "id"));
    }

    @Override
    public List<StatusCount> countByStatus(RequestViewer viewer) {
        // The counts kept by RequestTallies: a few rows per office, however many requests there are.
        String sql = viewer.limitedToOrganisation() == null
                ? "select status, sum(requests) from request_tally group by status"
                : "select status, sum(requests) from request_tally where addressed_org_id = :office and sent = true"
                        + " and status <> 'DRAFT' group by status";
        var query = entityManager.createNativeQuery(sql, Object[].class);
        if (viewer.limitedToOrganisation() != null) {
            query.setParameter("office", viewer.limitedToOrganisation());
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new StatusCount(RequestStatus.valueOf((String) row[0]),
                ((Number) row[1]).longValue())).toList();
    }
}
