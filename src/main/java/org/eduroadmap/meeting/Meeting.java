package org.eduroadmap.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.eduroadmap.base.LocalizedText;

/** A meeting of the partners; its follow-up actions become Roadmap activities. */
@Entity
@Audited
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_format", nullable = false)
    private MeetingFormat format;

    @Embedded
    private LocalizedText title;

    private String summary;

    @ElementCollection
    @CollectionTable(name = "meeting_decision", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Decision> decisions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(LocalDate heldOn, MeetingFormat format, LocalizedText title, String summary) {
        this.heldOn = heldOn;
        this.format = format;
        this.title = title;
        this.summary = summary;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public List<Decision> getDecisions() {
        return decisions;
    }

    public void addDecision(String wording) {
        decisions.add(new Decision(wording, null));
    }

    /** Records that the decision at {@code position} is followed up by the activity {@code activityId}. */
    public void followUp(int position, long activityId) {
        decisions.set(position, new Decision(decisions.get(position).wording(), activityId));
    }

    public List<Participant> getParticipants() {
        return participants;
    }

    public void addParticipant(String fullName, String affiliation) {
        participants.add(new Participant(fullName, affiliation));
    }

    /** What the meeting agreed, and the Roadmap activity that follows it up once there is one. */
    @Embeddable
    public record Decision(String wording, @Column(name = "activity_id") Long activityId) {

        public boolean isFollowedUp() {
            return activityId != null;
        }
    }

    @Embeddable
    public record Participant(String fullName, String affiliation) {
    }
}
