package org.eduroadmap.meeting;

import java.time.LocalDate;
import java.util.List;

import org.eduroadmap.base.LocalizedText;

/** A meeting to record, as the form hands it over; {@link MeetingService#record} checks every part. */
public record NewMeeting(LocalDate heldOn, MeetingFormat format, LocalizedText title, String summary,
                         List<MeetingDetail.Participant> participants, List<String> decisions) {
}
