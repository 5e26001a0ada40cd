package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.InputRules;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.organisation.Region;
import org.eduroadmap.organisation.RegionRepository;

/**
 * Recording KPI values and moving them through approval: DRAFT → SUBMITTED → APPROVED, or
 * RETURNED with a reason. Project managers record and submit; administrators approve. Approved
 * values are locked and are the only ones the dashboard reads. Every step is kept.
 */
@Service
@Transactional
public class MeasurementService {

    private final KpiRepository kpis;
    private final KpiMeasurementRepository measurements;
    private final MeasurementTransitionRepository transitions;
    private final RegionRepository regions;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final NationalSeriesKeeper series;

    MeasurementService(KpiRepository kpis, KpiMeasurementRepository measurements,
                       MeasurementTransitionRepository transitions, RegionRepository regions,
                       SecurityContextHolderStrategy securityContext, Clock clock, NationalSeriesKeeper series) {
        this.series = series;
        this.kpis = kpis;
        this.measurements = measurements;
        this.transitions = transitions;
        this.regions = regions;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    /** Records a new value as a draft. Refused, with nothing written, when any field is wrong. */
    @PreAuthorize("hasRole('PROJECT_MANAGER')")
    public long record(MeasurementInput input) {
        KpiMeasurement measurement = validated(input);
        measurements.save(measurement);
        log(measurement, null, MeasurementStatus.DRAFT, null);
        return measurement.getId();
    }

    /**
     * Records one KPI's values for a year in every region given, as drafts: all of them, or none
     * when any is refused. A refusal about one value names its region's code as the field.
     */
    @PreAuthorize("hasRole('PROJECT_MANAGER')")
    public List<Long> recordRegions(String kpiCode, Integer year, Map<String, BigDecimal> valuesByRegion,
                                    String source) {
        List<KpiMeasurement> valid = new ArrayList<>();
        valuesByRegion.forEach((region, value) -> {
            try {
                valid.add(validated(new MeasurementInput(kpiCode, year, region, value, source, null)));
            } catch (RuleViolation refused) {
                // Name the region's row, so the user sees which of the values is wrong.
                throw "year".equals(refused.field()) || "kpi".equals(refused.field()) ? refused
                        : new RuleViolation(region, refused.messageKey(), refused.arguments());
            }
        });
        List<Long> ids = new ArrayList<>();
        for (KpiMeasurement measurement : valid) {
            measurements.save(measurement);
            log(measurement, null, MeasurementStatus.DRAFT, null);
            ids.add(measurement.getId());
        }
        return ids;
    }

    /**
     * Values sent by another system through an API token with the {@code measurements:write} scope,
     * stored as SUBMITTED so they wait for an administrator's approval like any other. Each value
     * passes the same rules as a typed one, and no two may share a KPI, year and region. All of them
     * are stored, or none: the refusal lists every value at fault by its position in the batch.
     */
    @PreAuthorize("hasAuthority('SCOPE_measurements:write')")
    public List<Long> submitBatch(List<MeasurementInput> inputs) {
        List<KpiMeasurement> valid = new ArrayList<>();
        List<RefusedValues.Refusal> refusals = new ArrayList<>();
        java.util.Set<String> slots = new java.util.HashSet<>();
        for (int index = 0; index < inputs.size(); index++) {
            MeasurementInput input = inputs.get(index);
            try {
                KpiMeasurement measurement = validated(input);
                String regionCode = input.regionCode() == null ? "" : input.regionCode().strip();
                if (!slots.add(input.kpiCode() + "|" + input.year() + "|" + regionCode)) {
                    throw new RuleViolation(regionCode.isEmpty() ? "year" : "region", "measurement.error.duplicate");
                }
                valid.add(measurement);
            } catch (RuleViolation refused) {
                refusals.add(new RefusedValues.Refusal(index, refused));
            }
        }
        if (!refusals.isEmpty()) {
            throw new RefusedValues(refusals);
        }
        List<Long> ids = new ArrayList<>();
        Instant now = clock.instant();
        for (KpiMeasurement measurement : valid) {
            measurement.moveTo(MeasurementStatus.SUBMITTED, null, now);
            measurements.save(measurement);
            log(measurement, null, MeasurementStatus.SUBMITTED, null);
            ids.add(measurement.getId());
        }
        return ids;
    }

    @PreAuthorize("hasRole('PROJECT_MANAGER')")
    public void correct(long id, long version, BigDecimal value, String source, String comment) {
        KpiMeasurement measurement = current(id, version);
        if (!measurement.isEditable()) {
            throw new RuleViolation("value", "measurement.error.locked");
        }
        MeasurementRules.checkRange(measurement.getKpi().getUnit(), value);
        measurement.correct(value, MeasurementRules.source(source), MeasurementRules.comment(comment),
                clock.instant());
    }

    @PreAuthorize("hasRole('PROJECT_MANAGER')")
    public void submit(long id, long version) {
        move(current(id, version), MeasurementStatus.SUBMITTED, null,
                MeasurementStatus.DRAFT, MeasurementStatus.RETURNED);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void approve(long id, long version) {
        KpiMeasurement measurement = current(id, version);
        move(measurement, MeasurementStatus.APPROVED, null, MeasurementStatus.SUBMITTED);
        series.approved(measurement);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void returnForChanges(long id, long version, String reason) {
        String why = InputRules.required("reason", reason, MeasurementRules.COMMENT_LENGTH,
                "measurement.error.reasonRequired", "measurement.error.reasonLength");
        move(current(id, version), MeasurementStatus.RETURNED, why, MeasurementStatus.SUBMITTED);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeasurementRow> history(String kpiCode) {
        return measurements.findRows(kpiCode);
    }

    /**
     * A page of yearly values without a breakdown, filtered by KPI and region code (null for any),
     * a range of years and the statuses wanted; ordered by KPI, year and region.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<MeasurementRow> find(String kpiCode, String regionCode, int fromYear,
                                                                   int toYear, java.util.Collection<MeasurementStatus> statuses,
                                                                   org.springframework.data.domain.Pageable pageable) {
        return measurements.findPage(kpiCode == null ? "" : kpiCode, regionCode == null ? "" : regionCode,
                fromYear, toYear, statuses, pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MeasurementRow> awaitingApproval() {
        return measurements.findRowsByStatus(MeasurementStatus.SUBMITTED);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TransitionRow> transitions(long measurementId) {
        return transitions.findForMeasurement(measurementId);
    }

    private KpiMeasurement validated(MeasurementInput input) {
        MeasurementRules rules = new MeasurementRules(code -> kpis.findByCode(code).map(MeasurementRules.KpiFacts::of),
                code -> regions.findByCode(code).map(Region::getId), Year.now(clock).getValue());
        CheckedMeasurement checked = rules.check(input);
        String slot = checked.slot();
        if (measurements.findStored(List.of(checked.kpiId())).stream().anyMatch(stored -> stored.slot().equals(slot))) {
            throw new RuleViolation(checked.regionId() == null ? "year" : "region", "measurement.error.duplicate");
        }
        KpiMeasurement measurement = new KpiMeasurement(kpis.getReferenceById(checked.kpiId()), checked.year(),
                checked.regionId() == null ? null : regions.getReferenceById(checked.regionId()), checked.value(),
                checked.source(), currentUser(), clock.instant());
        measurement.breakDownBy(checked.schoolLevel(), checked.sex(), checked.location());
        measurement.setComment(checked.comment());
        return measurement;
    }

    private KpiMeasurement current(long id, long version) {
        KpiMeasurement measurement = measurements.findById(id)
                .orElseThrow(() -> new RuleViolation(null, "measurement.error.gone"));
        if (measurement.getVersion() != version) {
            // Someone else changed it since the user loaded it: refuse rather than overwrite.
            throw new ObjectOptimisticLockingFailureException(KpiMeasurement.class, id);
        }
        return measurement;
    }

    private void move(KpiMeasurement measurement, MeasurementStatus next, String reason,
                      MeasurementStatus... allowedFrom) {
        MeasurementStatus from = measurement.getStatus();
        if (!List.of(allowedFrom).contains(from)) {
            throw new RuleViolation(null, "measurement.error.transition", from, next);
        }
        Instant now = clock.instant();
        measurement.moveTo(next, reason, now);
        log(measurement, from, next, reason);
    }

    private void log(KpiMeasurement measurement, MeasurementStatus from, MeasurementStatus to, String reason) {
        transitions.save(new MeasurementTransition(measurement, from, to, currentUser(), clock.instant(), reason));
    }

    private String currentUser() {
        return securityContext.getContext().getAuthentication().getName();
    }
}
