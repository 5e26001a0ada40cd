package org.eduroadmap.roadmap;

import java.time.LocalDate;

import org.eduroadmap.base.LocalizedText;

/** An activity past its planned end, and who is responsible for it. */
public record OverdueActivity(long id, LocalizedText title, LocalDate plannedEnd, long responsibleUserId) {
}
