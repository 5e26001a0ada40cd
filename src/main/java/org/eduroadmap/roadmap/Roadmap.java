package org.eduroadmap.roadmap;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.eduroadmap.base.LocalizedText;

/** The bilateral cooperation Roadmap between the Ministry and UNESCO. */
@Entity
@Audited
public class Roadmap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Embedded
    private LocalizedText title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoadmapStatus status;

    private LocalDate signedOn;

    @Column(nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private LocalDate endDate;

    protected Roadmap() {
    }

    public Roadmap(LocalizedText title, RoadmapStatus status, LocalDate startDate, LocalDate endDate) {
        this.title = title;
        this.status = status;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public RoadmapStatus getStatus() {
        return status;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
