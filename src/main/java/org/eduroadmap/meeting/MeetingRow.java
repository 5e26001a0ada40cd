package org.eduroadmap.meeting;

import java.time.LocalDate;

import org.eduroadmap.base.LocalizedText;

/** A meeting as the list shows it: counts instead of collections, so the grid loads no decisions. */
public record MeetingRow(Long id, LocalDate heldOn, MeetingFormat format, LocalizedText title, String summary,
                         int decisions, int participants, long followedUp) {
}
