package org.eduroadmap.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByRecipientIdAndDedupeKey(long recipientId, String dedupeKey);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    Optional<Notification> findByIdAndRecipientId(long id, long recipientId);

    @Query("""
            select new org.eduroadmap.notification.NotificationRow(n.id, n.kind, n.subject, n.link, n.createdAt, n.readAt)
            from Notification n where n.recipient.id = :recipientId
            order by n.createdAt desc, n.id desc
            """)
    List<NotificationRow> findRecent(long recipientId, Pageable pageable);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Notification n set n.readAt = :now, n.version = n.version + 1
            where n.recipient.id = :recipientId and n.readAt is null
            """)
    int markAllRead(long recipientId, Instant now);
}
