package org.eduroadmap.kpi;

import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.audit.BulkAudit;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.organisation.RegionRepository;

/** Entry point for values arriving in bulk: opens a {@link MeasurementBatch} and lists the codes a file may use. */
@Service
@Transactional
public class MeasurementBatchService {

    /** A KPI as a file template lists it. */
    public record KpiCode(String code, LocalizedText name, KpiUnit unit, Set<Dimension> dimensions) {
    }

    /** A region as a file template lists it. */
    public record RegionCode(String code, LocalizedText name) {
    }

    private final KpiRepository kpis;
    private final KpiMeasurementRepository measurements;
    private final RegionRepository regions;
    private final EntityManager entityManager;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final BulkAudit audit;

    MeasurementBatchService(KpiRepository kpis, KpiMeasurementRepository measurements, RegionRepository regions,
                            EntityManager entityManager, SecurityContextHolderStrategy securityContext, Clock clock,
                            JdbcTemplate jdbc, BulkAudit audit) {
        this.kpis = kpis;
        this.measurements = measurements;
        this.regions = regions;
        this.entityManager = entityManager;
        this.securityContext = securityContext;
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A batch for the signed-in user, to be used inside the caller's transaction. */
    @PreAuthorize("hasAnyRole('PROJECT_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public MeasurementBatch open() {
        Map<String, MeasurementRules.KpiFacts> kpiFacts = new HashMap<>();
        kpis.findAll().forEach(kpi -> kpiFacts.put(kpi.getCode(), MeasurementRules.KpiFacts.of(kpi)));
        Map<String, Long> regionIds = new HashMap<>();
        regions.findAll().forEach(region -> regionIds.put(region.getCode(), region.getId()));
        return new MeasurementBatch(kpiFacts, regionIds, Year.now(clock).getValue(), measurements, entityManager,
                securityContext.getContext().getAuthentication().getName(), clock, jdbc, audit);
    }

    @PreAuthorize("hasAnyRole('PROJECT_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<KpiCode> kpiCodes() {
        return kpis.findAll().stream().sorted(Comparator.comparing(Kpi::getCode))
                .map(kpi -> new KpiCode(kpi.getCode(), kpi.getName(), kpi.getUnit(), Set.copyOf(kpi.getDimensions())))
                .toList();
    }

    @PreAuthorize("hasAnyRole('PROJECT_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RegionCode> regionCodes() {
        return regions.findAllByOrderBySortOrder().stream()
                .map(region -> new RegionCode(region.getCode(), region.getName())).toList();
    }
}
