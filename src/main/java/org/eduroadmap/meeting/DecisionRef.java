package org.eduroadmap.meeting;

import java.time.LocalDate;

import org.eduroadmap.base.LocalizedText;

/**
 * One decision of a meeting, with what a new Roadmap activity following it up needs to say where it
 * comes from. {@code position} counts from 0, as in {@link MeetingDetail.Decision}.
 */
public record DecisionRef(long meetingId, LocalDate heldOn, LocalizedText meetingTitle, int position, String wording,
                          Long activityId) {

    public boolean isFollowedUp() {
        return activityId != null;
    }
}
