package org.eduroadmap.assistance;

import java.time.LocalDate;

import org.eduroadmap.roadmap.Choice;

/** A request as the ministry writes it, before the service checks and saves it. */
public class RequestDraft {

    private String number;
    private long version;
    private String title;
    private String description;
    private RequestCategory category;
    private Choice addressedOrganisation;
    private RequestPriority priority = RequestPriority.MEDIUM;
    private LocalDate dueDate;
    private Choice activity;
    private Choice kpi;

    /** Null for a new request. */
    public String getNumber() {
        return number;
    }

    void setNumber(String number) {
        this.number = number;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RequestCategory getCategory() {
        return category;
    }

    public void setCategory(RequestCategory category) {
        this.category = category;
    }

    public Choice getAddressedOrganisation() {
        return addressedOrganisation;
    }

    public void setAddressedOrganisation(Choice addressedOrganisation) {
        this.addressedOrganisation = addressedOrganisation;
    }

    public RequestPriority getPriority() {
        return priority;
    }

    public void setPriority(RequestPriority priority) {
        this.priority = priority;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Choice getActivity() {
        return activity;
    }

    public void setActivity(Choice activity) {
        this.activity = activity;
    }

    public Choice getKpi() {
        return kpi;
    }

    public void setKpi(Choice kpi) {
        this.kpi = kpi;
    }
}
