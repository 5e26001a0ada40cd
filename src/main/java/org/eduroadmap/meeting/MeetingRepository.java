package org.eduroadmap.meeting;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("""
            select new org.eduroadmap.meeting.MeetingRow(m.id, m.heldOn, m.format, m.title, m.summary,
                   size(m.decisions), size(m.participants))
            from Meeting m
            """)
    Slice<MeetingRow> findRows(Pageable pageable);
}
