package org.eduroadmap.roadmap;

import java.time.LocalDate;

/** What the timeline and the activity grid show: each criterion applies when set. */
public record ActivityFilter(Long actionAreaId, Long ownerId, Long responsibleId, ActivityStatus status,
                             LocalDate from, LocalDate to) {

    public static final ActivityFilter ALL = new ActivityFilter(null, null, null, null, null, null);
}
