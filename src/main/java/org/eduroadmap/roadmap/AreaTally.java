package org.eduroadmap.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The sums behind an action area's progress: how many activities it holds (cancelled ones left out), their
 * percentages added up, their planned days, and their planned days weighted by completion. Derived data, kept
 * in step by {@link RoadmapTallies}; not audited.
 */
@Entity
@Table(name = "action_area_tally")
class AreaTally {

    @Id
    @Column(name = "action_area_id")
    private Long actionAreaId;

    private long activities;
    private long percentSum;
    private long plannedDays;
    private long weightedDays;

    protected AreaTally() {
    }

    AreaTally(long actionAreaId) {
        this.actionAreaId = actionAreaId;
    }

    void set(long activities, long percentSum, long plannedDays, long weightedDays) {
        this.activities = activities;
        this.percentSum = percentSum;
        this.plannedDays = plannedDays;
        this.weightedDays = weightedDays;
    }
}
