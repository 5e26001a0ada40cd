package org.eduroadmap.kpi;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A step of a measurement through its approval workflow: who, when, from, to and why. Never edited. */
@Entity
public class MeasurementTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measurement_transition_seq")
    @SequenceGenerator(name = "measurement_transition_seq", sequenceName = "measurement_transition_seq", allocationSize = 100)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measurement_id")
    private KpiMeasurement measurement;

    @Enumerated(EnumType.STRING)
    private MeasurementStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasurementStatus toStatus;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant occurredAt;

    private String reason;

    protected MeasurementTransition() {
    }

    public MeasurementTransition(KpiMeasurement measurement, MeasurementStatus fromStatus,
                                 MeasurementStatus toStatus, String actor, Instant occurredAt, String reason) {
        this.measurement = measurement;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }
}
