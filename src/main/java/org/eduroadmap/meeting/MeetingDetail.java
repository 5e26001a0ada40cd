package org.eduroadmap.meeting;

import java.time.LocalDate;
import java.util.List;

import org.eduroadmap.base.LocalizedText;

/** Everything the meeting page shows, read in one transaction. */
public record MeetingDetail(long id, LocalDate heldOn, MeetingFormat format, LocalizedText title, String summary,
                            List<Participant> participants, List<Decision> decisions) {

    public record Participant(String fullName, String affiliation) {
    }

    /**
     * A decision and the Roadmap activity following it up, if any. {@code position} counts from 0 in the
     * meeting's order; pages number decisions from 1.
     */
    public record Decision(int position, String wording, Long activityId) {

        public boolean isFollowedUp() {
            return activityId != null;
        }
    }
}
