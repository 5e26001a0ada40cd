package org.eduroadmap.roadmap;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BaselineRepository extends JpaRepository<Baseline, Long> {

    @Query("""
            select new org.eduroadmap.roadmap.BaselineSummary(b.id, b.name, b.createdBy, b.createdAt, size(b.entries))
            from Baseline b order by b.createdAt desc, b.id desc
            """)
    List<BaselineSummary> findSummaries();

    boolean existsByNameIgnoreCase(String name);
}
