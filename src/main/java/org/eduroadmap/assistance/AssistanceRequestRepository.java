package org.eduroadmap.assistance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssistanceRequestRepository extends JpaRepository<AssistanceRequest, Long>, RequestListQueries {

    @Query("""
            select new org.eduroadmap.assistance.RequestRow(r.id, r.number, r.title, r.category, req.name, adr.name,
                   r.priority, r.status, adv.fullName, r.createdAt, r.dueDate)
            from AssistanceRequest r join r.requestingOrganisation req join r.addressedOrganisation adr
            left join r.assignedAdvisor adv
            where """ + RequestVisibility.CONDITION)
    Slice<RequestRow> findRows(RequestViewer viewer, Pageable pageable);

    @Query("""
            select new org.eduroadmap.assistance.RequestRow(r.id, r.number, r.title, r.category, req.name, adr.name,
                   r.priority, r.status, adv.fullName, r.createdAt, r.dueDate)
            from AssistanceRequest r join r.requestingOrganisation req join r.addressedOrganisation adr
            left join r.assignedAdvisor adv join r.kpi k
            where k.code = :kpiCode and """ + RequestVisibility.CONDITION + " order by r.createdAt desc")
    List<RequestRow> findForKpi(String kpiCode, RequestViewer viewer);

    @Query("""
            select new org.eduroadmap.assistance.RequestRow(r.id, r.number, r.title, r.category, req.name, adr.name,
                   r.priority, r.status, adv.fullName, r.createdAt, r.dueDate)
            from AssistanceRequest r join r.requestingOrganisation req join r.addressedOrganisation adr
            left join r.assignedAdvisor adv
            where r.activity.id = :activityId and """ + RequestVisibility.CONDITION + " order by r.number")
    List<RequestRow> findForActivity(long activityId, RequestViewer viewer);

    List<AssistanceRequest> findByActivityId(long activityId);

    List<AssistanceRequest> findByRequestingOrganisationIdOrderByNumberDesc(long organisationId);


    /**
     * The request with this number when the viewer may see it, with the organisations, people, activity and
     * KPI its page shows, in one statement. Empty alike for a number that does not exist and for a request
     * the viewer may not see. Fetches written out rather than an entity graph, which Hibernate translates to
     * SQL again on every call.
     */
    @Query("""
            select r from AssistanceRequest r
            left join fetch r.requestingOrganisation left join fetch r.addressedOrganisation left join fetch r.activity
            left join fetch r.kpi left join fetch r.assignedAdvisor left join fetch r.createdBy
            where r.number = :number and""" + RequestVisibility.CONDITION)
    Optional<AssistanceRequest> findVisible(String number, RequestViewer viewer);

    /** 1 when the viewer may see the request, else 0. */
    @Query("select count(r) from AssistanceRequest r where r.id = :id and " + RequestVisibility.CONDITION)
    long countVisible(long id, RequestViewer viewer);

    /** The requests whose first-response clock runs or stands: submitted, not yet responded to. */
    @Query("select r from AssistanceRequest r where r.submittedAt is not null and r.firstResponseAt is null "
            + "and r.status not in (org.eduroadmap.assistance.RequestStatus.WITHDRAWN)")
    List<AssistanceRequest> findAwaitingFirstResponse();

    @Query("select u.id from AppUser u where u.organisation.id = :organisationId "
            + "and u.role = org.eduroadmap.security.Role.UNESCO_ADVISOR and u.enabled = true")
    List<Long> findAdvisorIds(long organisationId);


    @Query("""
            select new org.eduroadmap.roadmap.Choice(o.id, o.name) from Organisation o
            where o.kind = org.eduroadmap.organisation.OrganisationKind.UNESCO order by o.code
            """)
    List<org.eduroadmap.roadmap.Choice> findUnescoOffices();

    @Query("select new org.eduroadmap.roadmap.Choice(a.id, a.title) from Activity a order by a.plannedStart, a.id")
    List<org.eduroadmap.roadmap.Choice> findActivityChoices();

    @Query("select k.id, k.code, k.name from Kpi k order by k.code")
    List<Object[]> findKpiChoices();

    @Query("select max(r.number) from AssistanceRequest r where r.number like :prefix")
    Optional<String> findLastNumber(String prefix);

    @Query("select u.id, u.fullName from AppUser u where u.organisation.id = :organisationId "
            + "and u.role = org.eduroadmap.security.Role.UNESCO_ADVISOR and u.enabled = true order by u.fullName")
    List<Object[]> findAdvisorChoices(long organisationId);
}
