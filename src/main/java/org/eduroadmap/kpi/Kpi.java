package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.SortNatural;
import org.hibernate.envers.Audited;

import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.organisation.Organisation;

/** An indicator of the strategy, with a target for each year rather than one fixed goal. */
@Entity
@Audited
public class Kpi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String code;

    @Embedded
    private LocalizedText name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Framework framework;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "priority_area_id")
    private PriorityArea priorityArea;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KpiUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    private int decimals = 1;

    @Column(nullable = false)
    private BigDecimal baselineValue;

    private int baselineYear;

    /** On track when progress from baseline to target is at least this many percent. */
    @Column(name = "on_track_percent", nullable = false)
    private BigDecimal onTrackPercent;

    /** At risk when progress is at least this many percent, but below on track. */
    @Column(name = "at_risk_percent", nullable = false)
    private BigDecimal atRiskPercent;

    private String dataSource;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_organisation_id")
    private Organisation owner;

    @ElementCollection
    @CollectionTable(name = "kpi_target", joinColumns = @JoinColumn(name = "kpi_id"))
    @MapKeyColumn(name = "target_year")
    @Column(name = "target_value")
    @SortNatural
    private SortedMap<Integer, BigDecimal> targets = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "kpi_dimension", joinColumns = @JoinColumn(name = "kpi_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "dimension")
    private Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);

    protected Kpi() {
    }

    public Kpi(String code, LocalizedText name, Framework framework, PriorityArea priorityArea, KpiUnit unit,
               Direction direction, Organisation owner) {
        this.code = code;
        this.name = name;
        this.framework = framework;
        this.priorityArea = priorityArea;
        this.unit = unit;
        this.direction = direction;
        this.owner = owner;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Takes the editable part of a definition; the caller has validated it. */
    public void redefine(KpiDefinition definition, PriorityArea area) {
        this.name = definition.name();
        this.description = definition.description();
        this.priorityArea = area;
        this.unit = definition.unit();
        this.direction = definition.direction();
        this.decimals = definition.decimals();
        this.baselineValue = definition.baselineValue();
        this.baselineYear = definition.baselineYear();
        this.onTrackPercent = definition.onTrackPercent();
        this.atRiskPercent = definition.atRiskPercent();
        this.dataSource = definition.dataSource();
        this.targets.clear();
        this.targets.putAll(definition.targets());
        this.dimensions.clear();
        this.dimensions.addAll(definition.dimensions());
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Framework getFramework() {
        return framework;
    }

    public PriorityArea getPriorityArea() {
        return priorityArea;
    }

    public KpiUnit getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public int getDecimals() {
        return decimals;
    }

    public void setDecimals(int decimals) {
        this.decimals = decimals;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public int getBaselineYear() {
        return baselineYear;
    }

    public void setBaseline(BigDecimal value, int year) {
        this.baselineValue = value;
        this.baselineYear = year;
    }

    public BigDecimal getOnTrackPercent() {
        return onTrackPercent;
    }

    public BigDecimal getAtRiskPercent() {
        return atRiskPercent;
    }

    public void setThresholds(BigDecimal onTrackPercent, BigDecimal atRiskPercent) {
        this.onTrackPercent = onTrackPercent;
        this.atRiskPercent = atRiskPercent;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    public Organisation getOwner() {
        return owner;
    }

    public SortedMap<Integer, BigDecimal> getTargets() {
        return targets;
    }

    public Set<Dimension> getDimensions() {
        return dimensions;
    }

    /** The rules of this KPI that decide its status, detached from persistence. */
    public KpiRule rule() {
        return new KpiRule(direction, baselineValue, baselineYear, targets, onTrackPercent, atRiskPercent);
    }
}
