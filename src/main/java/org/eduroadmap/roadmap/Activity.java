package org.eduroadmap.roadmap;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.kpi.Kpi;
import org.eduroadmap.meeting.Meeting;
import org.eduroadmap.organisation.Organisation;
import org.eduroadmap.security.AppUser;

/** An activity or milestone of the Roadmap, with its plan, its actual dates and its progress. */
@Entity
@Audited
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_area_id")
    private ActionArea actionArea;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind;

    @Embedded
    private LocalizedText title;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_organisation_id")
    private Organisation owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_user_id")
    private AppUser responsible;

    @Column(nullable = false)
    private LocalDate plannedStart;

    @Column(nullable = false)
    private LocalDate plannedEnd;

    private LocalDate actualStart;

    private LocalDate actualEnd;

    private int percentComplete;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status = ActivityStatus.NOT_STARTED;

    /** The meeting whose decision this activity follows up, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    /** Finish-to-start: this activity should not start before each predecessor ends. */
    @ManyToMany
    @JoinTable(name = "activity_dependency",
            joinColumns = @JoinColumn(name = "successor_id"),
            inverseJoinColumns = @JoinColumn(name = "predecessor_id"))
    private Set<Activity> predecessors = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "activity_kpi",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "kpi_id"))
    private Set<Kpi> kpis = new HashSet<>();

    protected Activity() {
    }

    public Activity(ActionArea actionArea, ActivityKind kind, LocalizedText title, Organisation owner,
                    LocalDate plannedStart, LocalDate plannedEnd) {
        this.actionArea = actionArea;
        this.kind = kind;
        this.title = title;
        this.owner = owner;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** What the activity is and who carries it; dates and progress are set apart. */
    public void describe(ActivityKind kind, LocalizedText title, String description, ActionArea actionArea,
                         Organisation owner, AppUser responsible) {
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.actionArea = actionArea;
        this.owner = owner;
        this.responsible = responsible;
    }

    public ActionArea getActionArea() {
        return actionArea;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Organisation getOwner() {
        return owner;
    }

    public AppUser getResponsible() {
        return responsible;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public int getPercentComplete() {
        return percentComplete;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public void setResponsible(AppUser responsible) {
        this.responsible = responsible;
    }

    public void setMeeting(Meeting meeting) {
        this.meeting = meeting;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    /** Moves the planned dates; the rules that decide whether the move is allowed live in the service. */
    public void reschedule(LocalDate plannedStart, LocalDate plannedEnd) {
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
    }

    public void recordProgress(ActivityStatus status, int percentComplete, LocalDate actualStart, LocalDate actualEnd) {
        this.status = status;
        this.percentComplete = percentComplete;
        this.actualStart = actualStart;
        this.actualEnd = actualEnd;
    }

    public Set<Activity> getPredecessors() {
        return predecessors;
    }

    public Set<Kpi> getKpis() {
        return kpis;
    }
}
