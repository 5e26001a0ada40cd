package org.eduroadmap.meeting;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** Rows whose title contains {@code pattern} (lower case, with % around it) in any language. */
    @Query("""
            select new org.eduroadmap.meeting.MeetingRow(m.id, m.heldOn, m.format, m.title, m.summary,
                   size(m.decisions), size(m.participants),
                   (select count(*) from Meeting f join f.decisions d where f = m and d.activityId is not null))
            from Meeting m
            where lower(m.title.en) like :pattern or lower(m.title.ru) like :pattern
               or lower(m.title.tk) like :pattern
            """)
    Slice<MeetingRow> findRows(@Param("pattern") String pattern, Pageable pageable);
}
