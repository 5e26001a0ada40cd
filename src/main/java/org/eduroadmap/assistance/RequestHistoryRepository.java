package org.eduroadmap.assistance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RequestHistoryRepository extends JpaRepository<RequestHistory, Long> {

    @Query("""
            select new org.eduroadmap.assistance.HistoryRow(h.at, a.fullName, h.action, h.fromStatus, h.toStatus,
                   h.field, h.oldValue, h.newValue)
            from RequestHistory h left join h.actor a where h.request.id = :requestId order by h.at, h.id
            """)
    List<HistoryRow> findRows(long requestId);
}
