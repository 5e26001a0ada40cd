package org.eduroadmap.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A named, read-only snapshot of the planned dates, so slippage against it can be shown. */
@Entity
@Audited
public class Baseline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    private Roadmap roadmap;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    /** A baseline never changes after it is taken, so its entries need no history of their own. */
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "baseline_entry", joinColumns = @JoinColumn(name = "baseline_id"))
    private List<Entry> entries = new ArrayList<>();

    protected Baseline() {
    }

    public Baseline(Roadmap roadmap, String name, String createdBy, Instant createdAt) {
        this.roadmap = roadmap;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void add(Activity activity) {
        entries.add(new Entry(activity.getId(), activity.getPlannedStart(), activity.getPlannedEnd()));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    @Embeddable
    public record Entry(@Column(name = "activity_id") Long activityId, LocalDate plannedStart, LocalDate plannedEnd) {
    }
}
