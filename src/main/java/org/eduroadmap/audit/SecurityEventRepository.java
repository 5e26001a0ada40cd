package org.eduroadmap.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    @Query("""
            select new org.eduroadmap.audit.SecurityEventRow(e.id, e.occurredAt, e.kind, e.username,
                   e.remoteAddress, e.detail)
            from SecurityEvent e
            where (:username is null or lower(e.username) like :username escape '\\')
              and e.kind in :kinds
              and e.occurredAt >= :from and e.occurredAt < :to
            """)
    Slice<SecurityEventRow> findRows(@Param("username") String usernamePattern,
                                     @Param("kinds") Collection<SecurityEventKind> kinds,
                                     @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);

    /** The newest sign-in outcomes of one username since a moment, newest first. */
    @Query("""
            select new org.eduroadmap.audit.SignInOutcome(e.occurredAt, e.kind) from SecurityEvent e
            where e.username = :username and e.occurredAt >= :since
              and e.kind in (org.eduroadmap.audit.SecurityEventKind.SIGN_IN_SUCCESS,
                             org.eduroadmap.audit.SecurityEventKind.SIGN_IN_FAILURE)
            order by e.occurredAt desc, e.id desc
            """)
    List<SignInOutcome> findSignInOutcomes(@Param("username") String username, @Param("since") Instant since,
                                      Pageable pageable);
}
