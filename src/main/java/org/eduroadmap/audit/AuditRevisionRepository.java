package org.eduroadmap.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditRevisionRepository extends JpaRepository<AuditRevision, Long> {

    @Query("""
            select new org.eduroadmap.audit.ChangeRef(r.id, r.timestamp, r.username, c.entityType, c.entityId,
                   c.operation)
            from AuditRevision r join r.changes c
            where (:username is null or lower(r.username) like :username escape '\\')
              and (:entityType is null or c.entityType = :entityType)
              and (:entityId is null or c.entityId = :entityId)
              and (:operation is null or c.operation = :operation)
              and r.timestamp >= :from and r.timestamp < :to
            order by r.id desc, c.entityType, c.entityId
            """)
    Slice<ChangeRef> findChanges(@Param("username") String usernamePattern, @Param("entityType") String entityType,
                                 @Param("entityId") String entityId, @Param("operation") String operation,
                                 @Param("from") long from, @Param("to") long to, Pageable pageable);

    @Query("select distinct c.entityType from AuditRevision r join r.changes c order by c.entityType")
    List<String> findEntityTypes();
}
