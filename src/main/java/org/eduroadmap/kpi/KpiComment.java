package org.eduroadmap.kpi;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.eduroadmap.base.OutsideKeptFigures;
import org.eduroadmap.security.AppUser;

/** A remark on a KPI by any signed-in user. Plain text: never interpreted as HTML. */
@OutsideKeptFigures
@Entity
@Audited
public class KpiComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kpi_id")
    private Kpi kpi;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private AppUser author;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private Instant createdAt;

    protected KpiComment() {
    }

    public KpiComment(Kpi kpi, AppUser author, String body, Instant createdAt) {
        this.kpi = kpi;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }
}
