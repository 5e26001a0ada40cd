package org.eduroadmap.kpi;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KpiCommentRepository extends JpaRepository<KpiComment, Long> {

    @Query("""
            select new org.eduroadmap.kpi.CommentRow(a.fullName, o.name, c.body, c.createdAt)
            from KpiComment c join c.author a left join a.organisation o
            where c.kpi.code = :kpiCode order by c.createdAt, c.id
            """)
    List<CommentRow> findForKpi(String kpiCode);
}
