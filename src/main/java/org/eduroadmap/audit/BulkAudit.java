package org.eduroadmap.audit;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.DataVersion;

/**
 * The audit trail for rows a bulk write inserts with plain JDBC, which Envers does not see: the caller writes
 * each entity's own audit row under {@link #revision()}, and {@link #created} lists the records on the
 * revision, as Envers does for every change it sees, so the audit screen shows them among all others. The
 * {@link DataVersion} moves on for them as for every change the ORM sees.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class BulkAudit {

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final DataVersion version;

    BulkAudit(EntityManager entityManager, JdbcTemplate jdbc, DataVersion version) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.version = version;
    }

    /** The current transaction's revision, the one Envers records its own changes under; stored if new. */
    public long revision() {
        return AuditReaderFactory.get(entityManager).getCurrentRevision(AuditRevision.class, true).getId();
    }

    /** Notes on the revision that these records of an entity type were created: one statement. */
    public void created(long revision, Class<?> entityType, List<Long> ids) {
        version.changing();
        jdbc.update("insert into audit_change (revision_id, entity_type, entity_id, operation) "
                + "select ?, ?, cast(t.id as varchar(60)), ? from unnest(?) as t(id)", insert -> {
                    insert.setLong(1, revision);
                    insert.setString(2, entityType.getSimpleName());
                    insert.setString(3, Operation.CREATE.name());
                    insert.setArray(4, insert.getConnection().createArrayOf("bigint", ids.toArray()));
                });
    }
}
