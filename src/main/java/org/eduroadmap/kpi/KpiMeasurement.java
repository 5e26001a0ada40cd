package org.eduroadmap.kpi;

import java.math.BigDecimal;
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
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.eduroadmap.organisation.Region;

/**
 * One value of a KPI for a period and a combination of dimension values. A value with no region
 * and no other dimension is the national figure.
 */
@Entity
@Audited
public class KpiMeasurement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_measurement_seq")
    @SequenceGenerator(name = "kpi_measurement_seq", sequenceName = "kpi_measurement_seq", allocationSize = 100)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kpi_id")
    private Kpi kpi;

    private int periodYear;

    private Integer periodQuarter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Enumerated(EnumType.STRING)
    private SchoolLevel schoolLevel;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    private Location location;

    @Column(name = "measured_value", nullable = false)
    private BigDecimal value;

    private String source;

    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasurementStatus status = MeasurementStatus.DRAFT;

    private String returnReason;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected KpiMeasurement() {
    }

    public KpiMeasurement(Kpi kpi, int periodYear, Region region, BigDecimal value, String source,
                          String createdBy, Instant now) {
        this.kpi = kpi;
        this.periodYear = periodYear;
        this.region = region;
        this.value = value;
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Marks the value as one part of a national breakdown: a school level, a sex or a location. */
    public void breakDownBy(SchoolLevel level, Sex forSex, Location forLocation) {
        this.schoolLevel = level;
        this.sex = forSex;
        this.location = forLocation;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Kpi getKpi() {
        return kpi;
    }

    public int getPeriodYear() {
        return periodYear;
    }

    public Region getRegion() {
        return region;
    }

    public BigDecimal getValue() {
        return value;
    }

    public MeasurementStatus getStatus() {
        return status;
    }

    /** A yearly value of the whole country: no region, quarter or breakdown. */
    boolean isNationalYearly() {
        return region == null && periodQuarter == null && schoolLevel == null && sex == null && location == null;
    }

    /** Only values not yet submitted, or returned for changes, may change. */
    public boolean isEditable() {
        return status == MeasurementStatus.DRAFT || status == MeasurementStatus.RETURNED;
    }

    public void correct(BigDecimal newValue, String newSource, String newComment, Instant now) {
        this.value = newValue;
        this.source = newSource;
        this.comment = newComment;
        this.updatedAt = now;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** Moves the value through its approval workflow; the caller records the transition. */
    public void moveTo(MeasurementStatus next, String reason, Instant now) {
        this.status = next;
        this.returnReason = next == MeasurementStatus.RETURNED ? reason : null;
        this.updatedAt = now;
    }
}
