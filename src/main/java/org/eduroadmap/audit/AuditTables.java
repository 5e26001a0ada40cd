package org.eduroadmap.audit;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.Audited;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads field-level differences straight from the Envers history tables: a record's row at a revision
 * against its row at the revision before, plus the rows its collections gained or lost. Working on rows
 * rather than entities keeps this package free of the feature packages it audits, and shows what was
 * stored (foreign keys as ids). Table names come from Hibernate's mapping, never from user input.
 */
@Component
class AuditTables {

    private static final Set<String> KEY_COLUMNS = Set.of("id", "rev", "revtype");
    private static final int VALUE_LENGTH = 300;

    private final JdbcTemplate jdbc;
    private final String suffix;
    /** Entity simple name to its table, for audited entities only. */
    private final Map<String, String> tables = new TreeMap<>();
    /** Entity simple name to its persister, to find the column of a property. */
    private final Map<String, AbstractEntityPersister> persisters = new HashMap<>();
    /** Entity simple name to its audited collections: table and the column naming the owner. */
    private final Map<String, List<CollectionTable>> collections = new HashMap<>();

    record CollectionTable(String table, String ownerColumn, String field) {
    }

    AuditTables(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc,
                @org.springframework.beans.factory.annotation.Value(
                        "${spring.jpa.properties.org.hibernate.envers.audit_table_suffix:_aud}") String suffix) {
        this.jdbc = jdbc;
        this.suffix = suffix;
        var metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        Map<String, String> byEntityName = new HashMap<>();
        metamodel.forEachEntityDescriptor(descriptor -> {
            Class<?> type = descriptor.getMappedClass();
            if (type.isAnnotationPresent(Audited.class) && descriptor instanceof AbstractEntityPersister persister) {
                tables.put(type.getSimpleName(), persister.getTableName());
                persisters.put(type.getSimpleName(), persister);
                byEntityName.put(descriptor.getEntityName(), type.getSimpleName());
            }
        });
        metamodel.forEachCollectionDescriptor(descriptor -> {
            String owner = byEntityName.get(descriptor.getOwnerEntityPersister().getEntityName());
            if (owner != null && descriptor instanceof AbstractCollectionPersister persister
                    && !isNotAudited(descriptor.getOwnerEntityPersister().getMappedClass(), descriptor.getRole())) {
                String table = persister.getTableName();
                String ownerTable = tables.get(owner);
                String field = table.startsWith(ownerTable + "_") ? table.substring(ownerTable.length() + 1) : table;
                collections.computeIfAbsent(owner, key -> new ArrayList<>())
                        .add(new CollectionTable(table, persister.getKeyColumnNames()[0], field));
            }
        });
    }

    private static boolean isNotAudited(Class<?> owner, String role) {
        String property = role.substring(role.lastIndexOf('.') + 1);
        try {
            return owner.getDeclaredField(property).isAnnotationPresent(org.hibernate.envers.NotAudited.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    Set<String> entityTypes() {
        return tables.keySet();
    }

    boolean isAudited(String entityType) {
        return tables.containsKey(entityType);
    }

    /**
     * The id of the record whose property (a natural key such as a KPI code) had this value most recently,
     * deleted records included. Unknown types and properties find nothing.
     */
    java.util.Optional<String> idOf(String entityType, String property, String value) {
        AbstractEntityPersister persister = persisters.get(entityType);
        if (persister == null || value == null || !java.util.Arrays.asList(persister.getPropertyNames()).contains(property)) {
            return java.util.Optional.empty();
        }
        String[] columns = persister.getPropertyColumnNames(property);
        if (columns.length != 1) {
            return java.util.Optional.empty();
        }
        return jdbc.queryForList("select id from " + tables.get(entityType) + suffix + " where " + columns[0]
                + " = ? order by rev desc fetch first 1 rows only", Long.class, value).stream()
                .findFirst().map(String::valueOf);
    }

    /** The fields a revision changed on one record; {@code hidden} lists columns whose values are not shown. */
    List<FieldChange> fieldChanges(ChangeRef change, Set<String> hidden) {
        String table = tables.get(change.entityType());
        if (table == null) {
            return List.of();
        }
        long id = Long.parseLong(change.entityId());
        Map<String, Object> after = row(table, id, "rev = ?", change.revision());
        Map<String, Object> before = row(table, id, "rev < ? order by rev desc", change.revision());
        boolean deleted = Operation.DELETE.name().equals(change.operation());
        if (deleted) {
            after = Map.of();
        }
        boolean internal = Boolean.TRUE.equals(after.get("internal")) || Boolean.TRUE.equals(before.get("internal"));
        List<FieldChange> fields = new ArrayList<>();
        Set<String> columns = new java.util.LinkedHashSet<>(before.keySet());
        columns.addAll(after.keySet());
        for (String column : columns) {
            if (KEY_COLUMNS.contains(column)) {
                continue;
            }
            String old = format(before.get(column));
            String now = format(after.get(column));
            if (!Objects.equals(old, now)) {
                boolean masked = internal && hidden.contains(column);
                fields.add(new FieldChange(column, masked && old != null ? AuditService.HIDDEN : old,
                        masked && now != null ? AuditService.HIDDEN : now));
            }
        }
        for (CollectionTable collection : collections.getOrDefault(change.entityType(), List.of())) {
            fields.addAll(collectionChanges(collection, id, change.revision()));
        }
        return fields;
    }

    private Map<String, Object> row(String table, long id, String revisionCondition, long revision) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from " + table + suffix
                + " where id = ? and " + revisionCondition + " fetch first 1 rows only", id, revision);
        return rows.isEmpty() ? Map.of() : lowerCaseKeys(rows.getFirst());
    }

    private List<FieldChange> collectionChanges(CollectionTable collection, long ownerId, long revision) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map<String, Object> raw : jdbc.queryForList("select * from " + collection.table() + suffix
                + " where " + collection.ownerColumn() + " = ? and rev = ?", ownerId, revision)) {
            Map<String, Object> row = lowerCaseKeys(raw);
            int type = ((Number) row.get("revtype")).intValue();
            StringBuilder value = new StringBuilder();
            row.forEach((column, cell) -> {
                if (!KEY_COLUMNS.contains(column) && !column.equals(collection.ownerColumn()) && cell != null) {
                    value.append(value.isEmpty() ? "" : ", ").append(column).append('=').append(format(cell));
                }
            });
            changes.add(type == 2 ? new FieldChange(collection.field(), value.toString(), null)
                    : new FieldChange(collection.field(), null, value.toString()));
        }
        return changes;
    }

    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> result = new LinkedHashMap<>();
        row.forEach((key, value) -> result.put(key.toLowerCase(java.util.Locale.ROOT), value));
        return result;
    }

    private static String format(Object value) {
        if (value == null) {
            return null;
        }
        String text = switch (value) {
            case Timestamp timestamp -> timestamp.toInstant().toString();
            case OffsetDateTime time -> time.toInstant().toString();
            case java.math.BigDecimal number -> number.stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
        return text.length() > VALUE_LENGTH ? text.substring(0, VALUE_LENGTH) + "…" : text;
    }
}
