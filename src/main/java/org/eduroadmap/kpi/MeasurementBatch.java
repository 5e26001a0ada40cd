package org.eduroadmap.kpi;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.springframework.jdbc.core.JdbcTemplate;

import org.eduroadmap.audit.BulkAudit;
import org.eduroadmap.base.RuleViolation;

/**
 * Many values arriving at once, from a file: each checked by the same {@link MeasurementRules} as a
 * value typed in the entry form, compared with what is stored for its slot, and stored as SUBMITTED.
 * Reads KPIs and regions once, and each KPI's stored values once, so a large file costs a handful
 * of queries. New values, the bulk of a file, are written in JDBC batches of {@value #CHUNK}, each value with
 * its workflow step, its audit row and its line in the revision's list of changes, as the entry form's path
 * writes them through the ORM and the audit trail; the ORM's per-entity work cost three times the inserts
 * themselves. Changed values go through the ORM. Obtained from {@link MeasurementBatchService#open()}, used
 * inside the caller's transaction, by one thread.
 */
public final class MeasurementBatch {

    /** How a checked value relates to what is stored for its slot. */
    public enum Change { NEW, CHANGED, UNCHANGED }

    private static final int CHUNK = 1000;
    private static final String VALUE_COLUMNS = "kpi_id, period_year, region_id, school_level, sex, location, "
            + "measured_value, source, comment, status, created_by, created_at, updated_at";

    private final MeasurementRules rules;
    private final Map<String, MeasurementRules.KpiFacts> kpis;
    private final KpiMeasurementRepository measurements;
    private final EntityManager entityManager;
    private final String user;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final BulkAudit audit;
    private final Map<Long, Map<String, StoredValue>> storedByKpi = new HashMap<>();
    private final List<NewValue> newValues = new ArrayList<>();
    private final List<Object> changed = new ArrayList<>();

    /** A value to insert, with the ids of its row and of its workflow step. */
    private record NewValue(long id, long stepId, CheckedMeasurement value, String source, Instant at) {
    }

    MeasurementBatch(Map<String, MeasurementRules.KpiFacts> kpis, Map<String, Long> regionIds, int lastYear,
                     KpiMeasurementRepository measurements, EntityManager entityManager, String user, Clock clock,
                     JdbcTemplate jdbc, BulkAudit audit) {
        this.kpis = kpis;
        this.rules = new MeasurementRules(code -> Optional.ofNullable(kpis.get(code)),
                code -> Optional.ofNullable(regionIds.get(code)), lastYear);
        this.measurements = measurements;
        this.entityManager = entityManager;
        this.user = user;
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The same check as for a typed value; a {@link RuleViolation} names the field at fault. */
    public CheckedMeasurement check(MeasurementInput input) {
        return rules.check(input);
    }

    /**
     * New when nothing is stored for the slot, unchanged when the stored value is equal, changed
     * otherwise. A different value for a slot whose value is submitted or approved is refused, as
     * in the entry form: those are locked.
     */
    public Change compare(CheckedMeasurement value) {
        StoredValue stored = stored(value);
        if (stored == null) {
            return Change.NEW;
        }
        if (stored.value().compareTo(value.value()) == 0) {
            return Change.UNCHANGED;
        }
        if (stored.status() != MeasurementStatus.DRAFT && stored.status() != MeasurementStatus.RETURNED) {
            throw new RuleViolation("value", "measurement.error.locked");
        }
        return Change.CHANGED;
    }

    /**
     * Stores a new or changed value as SUBMITTED, with the given source, and logs the step.
     * Unchanged values are left as they are.
     */
    public void submit(CheckedMeasurement value, String source) {
        Change change = compare(value);
        if (change == Change.UNCHANGED) {
            return;
        }
        var now = clock.instant();
        long id;
        if (change == Change.NEW) {
            id = nextId(KpiMeasurement.class);
            newValues.add(new NewValue(id, nextId(MeasurementTransition.class), value, source, now));
            if (newValues.size() >= CHUNK) {
                writeNewValues();
            }
        } else {
            KpiMeasurement measurement = entityManager.find(KpiMeasurement.class, stored(value).id());
            MeasurementStatus from = measurement.getStatus();
            measurement.correct(value.value(), source, value.comment(), now);
            measurement.moveTo(MeasurementStatus.SUBMITTED, null, now);
            MeasurementTransition step = new MeasurementTransition(measurement, from, MeasurementStatus.SUBMITTED, user,
                    now, null);
            entityManager.persist(step);
            id = measurement.getId();
            changed.add(measurement);
            changed.add(step);
            if (changed.size() >= CHUNK) {
                writeChanges();
            }
        }
        storedByKpi.get(value.kpiId()).put(value.slot(), new StoredValue(id, value.kpiId(), value.year(),
                value.regionId(), value.schoolLevel(), value.sex(), value.location(), value.value(),
                MeasurementStatus.SUBMITTED));
    }

    /** Writes what is pending; the caller's transaction commits it. */
    public void finish() {
        writeNewValues();
        writeChanges();
    }

    /**
     * Flushes the changed values and lets the session forget them, so memory stays bounded. Not a clear of the
     * whole session: that would also drop the audit trail's revision, which the transaction goes on using.
     */
    private void writeChanges() {
        entityManager.flush();
        changed.forEach(entityManager::detach);
        changed.clear();
    }

    /** An id from the entity's own generator, so the ORM never hands out the same one. */
    private long nextId(Class<?> entity) {
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        var generator = (IdentifierGenerator) session.getFactory().getMappingMetamodel().getEntityDescriptor(entity)
                .getGenerator();
        return ((Number) generator.generate(session, null)).longValue();
    }

    private void writeNewValues() {
        if (newValues.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into kpi_measurement (id, version, " + VALUE_COLUMNS + ") values "
                + "(?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?)", newValues, newValues.size(), (insert, row) -> {
                    CheckedMeasurement value = row.value();
                    insert.setLong(1, row.id());
                    insert.setLong(2, value.kpiId());
                    insert.setInt(3, value.year());
                    insert.setObject(4, value.regionId(), Types.BIGINT);
                    insert.setString(5, name(value.schoolLevel()));
                    insert.setString(6, name(value.sex()));
                    insert.setString(7, name(value.location()));
                    insert.setBigDecimal(8, value.value());
                    insert.setString(9, row.source());
                    insert.setString(10, value.comment());
                    insert.setString(11, user);
                    insert.setObject(12, utc(row.at()));
                    insert.setObject(13, utc(row.at()));
                });
        // Their workflow steps and audit rows are made from the rows just written, in the database: one statement
        // each, not a thousand.
        Long[] ids = newValues.stream().map(NewValue::id).toArray(Long[]::new);
        Long[] stepIds = newValues.stream().map(NewValue::stepId).toArray(Long[]::new);
        jdbc.update("insert into measurement_transition (id, measurement_id, from_status, to_status, actor, occurred_at, "
                + "reason) select t.step_id, m.id, null, m.status, m.created_by, m.created_at, null "
                + "from unnest(?, ?) as t(id, step_id) join kpi_measurement m on m.id = t.id", insert -> {
                    insert.setArray(1, insert.getConnection().createArrayOf("bigint", ids));
                    insert.setArray(2, insert.getConnection().createArrayOf("bigint", stepIds));
                });
        long revision = audit.revision();
        jdbc.update("insert into kpi_measurement_aud (id, rev, revtype, " + VALUE_COLUMNS + ") select m.id, ?, 0, "
                + VALUE_COLUMNS + " from unnest(?) as t(id) join kpi_measurement m on m.id = t.id", insert -> {
                    insert.setLong(1, revision);
                    insert.setArray(2, insert.getConnection().createArrayOf("bigint", ids));
                });
        audit.created(revision, KpiMeasurement.class, List.of(ids));
        newValues.clear();
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Reads the stored values of the KPIs named (codes that name none are passed over) that are not read yet, in
     * one statement: a caller that knows the KPIs of the next rows saves a statement per KPI. Optional.
     */
    public void readStoredValues(Collection<String> kpiCodes) {
        List<Long> unread = kpiCodes.stream().distinct().map(kpis::get).filter(Objects::nonNull)
                .map(MeasurementRules.KpiFacts::id).filter(id -> !storedByKpi.containsKey(id)).toList();
        if (unread.isEmpty()) {
            return;
        }
        unread.forEach(id -> storedByKpi.put(id, new HashMap<>()));
        measurements.findStored(unread).forEach(row -> storedByKpi.get(row.kpiId()).put(row.slot(), row));
    }

    private StoredValue stored(CheckedMeasurement value) {
        if (!storedByKpi.containsKey(value.kpiId())) {
            readStoredValues(List.of(value.kpiCode()));
        }
        return storedByKpi.get(value.kpiId()).get(value.slot());
    }
}
