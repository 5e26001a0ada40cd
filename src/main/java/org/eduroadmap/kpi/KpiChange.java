package org.eduroadmap.kpi;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import org.eduroadmap.base.OutsideKeptFigures;

/**
 * A KPI a committed change touched, under the data version it moved on to: written by {@link KpiChanges} with
 * JDBC, read by queries that choose the KPIs changed since a version in a subquery, as a list of ids as a
 * parameter would have Hibernate translate the query to SQL again on every call.
 */
@Entity
@Immutable
@OutsideKeptFigures
@Table(name = "kpi_change")
@IdClass(KpiChange.Key.class)
class KpiChange {

    @Id
    private long version;

    @Id
    @Column(name = "kpi_id")
    private long kpiId;

    protected KpiChange() {
    }

    record Key(long version, long kpiId) implements Serializable {
    }
}
