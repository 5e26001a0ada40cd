package org.eduroadmap.audit;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import org.eduroadmap.base.OutsideKeptFigures;

/**
 * One committed change set: who made it and when, and which records it touched. The list of touched
 * records lets the audit screen page through every change of every entity type with one query.
 */
@OutsideKeptFigures
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_at", nullable = false)
    private long timestamp;

    @Column(nullable = false)
    private String username;

    @ElementCollection
    @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "revision_id"))
    private Set<AuditedChange> changes = new HashSet<>();

    protected AuditRevision() {
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    void addChange(AuditedChange change) {
        changes.add(change);
    }
}
