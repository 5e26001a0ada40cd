package org.eduroadmap.kpi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KpiRepository extends JpaRepository<Kpi, Long> {

    /**
     * With everything a KPI's page and its assessment read, in one statement. Fetches written out rather than
     * an entity graph, which Hibernate translates to SQL again on every call.
     */
    @Query("""
            select k from Kpi k
            join fetch k.priorityArea join fetch k.owner left join fetch k.targets left join fetch k.dimensions
            where k.code = :code
            """)
    Optional<Kpi> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);

    /**
     * KPIs with everything their status needs, in one statement. Not their dimensions: fetched beside the
     * targets, every KPI would come back once per target and dimension. No {@code distinct} in these queries:
     * Hibernate returns each KPI once by itself, and a {@code distinct} in SQL makes the database sort every row.
     */
    @Query("""
            select k from Kpi k
            join fetch k.priorityArea join fetch k.owner left join fetch k.targets
            order by k.code
            """)
    List<Kpi> findAllForAssessment();

    /** The same for the KPIs broken down by region. */
    @Query("""
            select k from Kpi k
            join fetch k.priorityArea join fetch k.owner left join fetch k.targets
            where org.eduroadmap.kpi.Dimension.REGION member of k.dimensions
            order by k.code
            """)
    List<Kpi> findAllByRegionForAssessment();

    @Query("""
            select k from Kpi k
            join fetch k.priorityArea join fetch k.owner left join fetch k.targets
            where k.id in :ids
            """)
    List<Kpi> findForAssessment(Collection<Long> ids);

    @Query("""
            select k.id from Kpi k join k.priorityArea a
            where (:area = '' or a.code = :area)
              and (:text = '' or lower(k.code) like concat('%', :text, '%')
                   or lower(k.name.en) like concat('%', :text, '%')
                   or lower(k.name.ru) like concat('%', :text, '%')
                   or lower(k.name.tk) like concat('%', :text, '%'))
            """)
    Slice<Long> findIds(String text, String area, Pageable pageable);
}
