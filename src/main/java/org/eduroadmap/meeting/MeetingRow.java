package org.eduroadmap.meeting;

import java.time.LocalDate;

import org.eduroadmap.base.LocalizedText;

public record MeetingRow(Long id, LocalDate heldOn, MeetingFormat format, LocalizedText title, String summary,
                         int decisions, int participants) {
}
