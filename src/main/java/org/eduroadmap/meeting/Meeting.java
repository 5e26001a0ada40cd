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

import org.eduroadmap.base.LocalizedText;

/** A meeting of the partners; its follow-up actions become Roadmap activities. */
@Entity
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

    private String decisions;

    @ElementCollection
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(LocalDate heldOn, MeetingFormat format, LocalizedText title, String summary, String decisions) {
        this.heldOn = heldOn;
        this.format = format;
        this.title = title;
        this.summary = summary;
        this.decisions = decisions;
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

    public String getDecisions() {
        return decisions;
    }

    public List<Participant> getParticipants() {
        return participants;
    }

    public void addParticipant(String fullName, String affiliation) {
        participants.add(new Participant(fullName, affiliation));
    }

    @Embeddable
    public record Participant(String fullName, String affiliation) {
    }
}
