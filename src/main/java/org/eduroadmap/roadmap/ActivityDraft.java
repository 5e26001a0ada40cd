package org.eduroadmap.roadmap;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An activity or milestone as the editor holds it while the user types: plain values and ids, bound
 * field by field by the form and checked by {@link ActivityService#save} before anything is written.
 * {@code id} is null for a new activity; {@code version} is the one the user started from.
 */
public class ActivityDraft {

    private Long id;
    private long version;
    private ActivityKind kind = ActivityKind.ACTIVITY;
    private String titleEn;
    private String titleRu;
    private String titleTk;
    private String description;
    private Choice actionArea;
    private Choice owner;
    private Choice responsible;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private LocalDate actualStart;
    private LocalDate actualEnd;
    private Integer percentComplete = 0;
    private ActivityStatus status = ActivityStatus.NOT_STARTED;
    private Set<Choice> predecessors = new LinkedHashSet<>();
    private Set<Choice> kpis = new LinkedHashSet<>();
    /** The meeting decision a new activity follows up, if it was made from one. */
    private Long meetingId;
    private Integer decisionPosition;

    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleRu() {
        return titleRu;
    }

    public void setTitleRu(String titleRu) {
        this.titleRu = titleRu;
    }

    public String getTitleTk() {
        return titleTk;
    }

    public void setTitleTk(String titleTk) {
        this.titleTk = titleTk;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Choice getActionArea() {
        return actionArea;
    }

    public void setActionArea(Choice actionArea) {
        this.actionArea = actionArea;
    }

    public Choice getOwner() {
        return owner;
    }

    public void setOwner(Choice owner) {
        this.owner = owner;
    }

    public Choice getResponsible() {
        return responsible;
    }

    public void setResponsible(Choice responsible) {
        this.responsible = responsible;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDate actualStart) {
        this.actualStart = actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public void setActualEnd(LocalDate actualEnd) {
        this.actualEnd = actualEnd;
    }

    public Integer getPercentComplete() {
        return percentComplete;
    }

    public void setPercentComplete(Integer percentComplete) {
        this.percentComplete = percentComplete;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public Set<Choice> getPredecessors() {
        return predecessors;
    }

    public void setPredecessors(Set<Choice> predecessors) {
        this.predecessors = new LinkedHashSet<>(predecessors);
    }

    public Set<Choice> getKpis() {
        return kpis;
    }

    public void setKpis(Set<Choice> kpis) {
        this.kpis = new LinkedHashSet<>(kpis);
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Integer getDecisionPosition() {
        return decisionPosition;
    }

    void followUp(Long meetingId, Integer decisionPosition) {
        this.meetingId = meetingId;
        this.decisionPosition = decisionPosition;
    }
}
