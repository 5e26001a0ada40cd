package org.eduroadmap.kpi;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.organisation.Region;

/**
 * Many values arriving at once, from a file: each checked by the same {@link MeasurementRules} as a
 * value typed in the entry form, compared with what is stored for its slot, and stored as SUBMITTED.
 * Reads KPIs and regions once, and each KPI's stored values once, so a large file costs a handful
 * of queries; writes are flushed and cleared in chunks so memory stays bounded. Obtained from
 * {@link MeasurementBatchService#open()}, used inside the caller's transaction, by one thread.
 */
public final class MeasurementBatch {

    /** How a checked value relates to what is stored for its slot. */
    public enum Change { NEW, CHANGED, UNCHANGED }

    private static final int CHUNK = 500;

    private final MeasurementRules rules;
    private final KpiMeasurementRepository measurements;
    private final EntityManager entityManager;
    private final String user;
    private final Clock clock;
    private final Map<Long, Map<String, StoredValue>> storedByKpi = new HashMap<>();
    private int pendingWrites;

    MeasurementBatch(Map<String, MeasurementRules.KpiFacts> kpis, Map<String, Long> regionIds, int lastYear,
                     KpiMeasurementRepository measurements, EntityManager entityManager, String user, Clock clock) {
        this.rules = new MeasurementRules(code -> Optional.ofNullable(kpis.get(code)),
                code -> Optional.ofNullable(regionIds.get(code)), lastYear);
        this.measurements = measurements;
        this.entityManager = entityManager;
        this.user = user;
        this.clock = clock;
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
        KpiMeasurement measurement;
        MeasurementStatus from;
        if (change == Change.NEW) {
            measurement = new KpiMeasurement(entityManager.getReference(Kpi.class, value.kpiId()), value.year(),
                    value.regionId() == null ? null : entityManager.getReference(Region.class, value.regionId()),
                    value.value(), source, user, now);
            measurement.breakDownBy(value.schoolLevel(), value.sex(), value.location());
            measurement.setComment(value.comment());
            from = null;
            // Submitted before it is stored: one insert, where moving it afterwards would add an update
            // whose audit record the audit trail merges into the insert's, at a cost that grows with the batch.
            measurement.moveTo(MeasurementStatus.SUBMITTED, null, now);
            entityManager.persist(measurement);
        } else {
            measurement = entityManager.find(KpiMeasurement.class, stored(value).id());
            from = measurement.getStatus();
            measurement.correct(value.value(), source, value.comment(), now);
            measurement.moveTo(MeasurementStatus.SUBMITTED, null, now);
        }
        entityManager.persist(new MeasurementTransition(measurement, from, MeasurementStatus.SUBMITTED, user, now, null));
        storedByKpi.get(value.kpiId()).put(value.slot(), new StoredValue(measurement.getId(), value.kpiId(), value.year(),
                value.regionId(), value.schoolLevel(), value.sex(), value.location(), value.value(),
                MeasurementStatus.SUBMITTED));
        if (++pendingWrites >= CHUNK) {
            entityManager.flush();
            entityManager.clear();
            pendingWrites = 0;
        }
    }

    /** Writes what is pending; the caller's transaction commits it. */
    public void finish() {
        entityManager.flush();
        entityManager.clear();
        pendingWrites = 0;
    }

    private StoredValue stored(CheckedMeasurement value) {
        return storedByKpi.computeIfAbsent(value.kpiId(), kpiId -> {
            Map<String, StoredValue> bySlot = new HashMap<>();
            List<StoredValue> rows = measurements.findStored(kpiId);
            rows.forEach(row -> bySlot.put(row.slot(), row));
            return bySlot;
        }).get(value.slot());
    }
}
