package org.eduroadmap.assistance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import org.eduroadmap.kpi.Kpi;
import org.eduroadmap.organisation.Organisation;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.security.AppUser;

/** The ministry's request for UNESCO technical assistance. */
@Entity
@Audited
public class AssistanceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "request_number", nullable = false, unique = true)
    private String number;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestCategory category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requesting_org_id")
    private Organisation requestingOrganisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "addressed_org_id")
    private Organisation addressedOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestPriority priority;

    /** The priority's place by urgency, computed by the database (V18): what the request list sorts by. */
    @Column(insertable = false, updatable = false)
    @NotAudited
    private short priorityRank;

    private LocalDate dueDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "kpi_id")
    private Kpi kpi;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_advisor_id")
    private AppUser assignedAdvisor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.DRAFT;

    /** The status's place in the workflow, computed by the database (V18): what the request list sorts by. */
    @Column(insertable = false, updatable = false)
    @NotAudited
    private short statusRank;

    private String declineReason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    private AppUser createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant submittedAt;

    private Instant firstResponseAt;

    private Instant slaPausedSince;

    private long slaPausedSeconds;

    protected AssistanceRequest() {
    }

    public AssistanceRequest(String number, String title, String description, RequestCategory category,
                             Organisation requestingOrganisation, Organisation addressedOrganisation,
                             RequestPriority priority, AppUser createdBy, Instant createdAt) {
        this.number = number;
        this.title = title;
        this.description = description;
        this.category = category;
        this.requestingOrganisation = requestingOrganisation;
        this.addressedOrganisation = addressedOrganisation;
        this.priority = priority;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public void link(Activity activity, Kpi kpi) {
        this.activity = activity;
        this.kpi = kpi;
    }

    public void assign(AppUser advisor) {
        this.assignedAdvisor = advisor;
    }

    /** Sets where the request stands, with the moments the first-response clock needs. */
    public void place(RequestStatus status, Instant submittedAt, Instant firstResponseAt) {
        this.status = status;
        this.submittedAt = submittedAt;
        this.firstResponseAt = firstResponseAt;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public RequestCategory getCategory() {
        return category;
    }

    public Organisation getRequestingOrganisation() {
        return requestingOrganisation;
    }

    public Organisation getAddressedOrganisation() {
        return addressedOrganisation;
    }

    public RequestPriority getPriority() {
        return priority;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Activity getActivity() {
        return activity;
    }

    public Kpi getKpi() {
        return kpi;
    }

    public AppUser getAssignedAdvisor() {
        return assignedAdvisor;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public AppUser getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getSlaPausedSince() {
        return slaPausedSince;
    }

    public Duration getSlaPaused() {
        return Duration.ofSeconds(slaPausedSeconds);
    }

    public void describe(String title, String description, RequestCategory category, Organisation addressed,
                         RequestPriority priority) {
        this.title = title;
        this.description = description;
        this.category = category;
        this.addressedOrganisation = addressed;
        this.priority = priority;
    }

    /**
     * Moves the request to {@code to}. Submission starts the first-response clock, an advisor's first
     * step stops it, and asking for information pauses it until the answer ({@code pausedWorkingTime}).
     */
    void moveTo(RequestStatus to, Instant at, boolean byAdvisor, Duration pausedWorkingTime) {
        if (to == RequestStatus.SUBMITTED && submittedAt == null) {
            submittedAt = at;
        }
        if (byAdvisor && firstResponseAt == null && submittedAt != null) {
            firstResponseAt = at;
        }
        if (slaPausedSince != null && to != RequestStatus.NEEDS_INFORMATION) {
            slaPausedSeconds += pausedWorkingTime.toSeconds();
            slaPausedSince = null;
        }
        if (to == RequestStatus.NEEDS_INFORMATION) {
            slaPausedSince = at;
        }
        this.status = to;
    }

    void decline(String reason) {
        this.declineReason = reason;
    }
}
