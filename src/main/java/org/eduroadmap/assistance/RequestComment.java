package org.eduroadmap.assistance;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import org.eduroadmap.base.OutsideKeptFigures;
import org.eduroadmap.security.AppUser;

/** A comment on a request; an internal note is seen only by UNESCO advisors and administrators. */
@OutsideKeptFigures
@Entity
@Audited
public class RequestComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private AssistanceRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private AppUser author;

    @Column(nullable = false)
    private String body;

    private boolean internal;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant editedAt;

    protected RequestComment() {
    }

    public RequestComment(AssistanceRequest request, AppUser author, String body, boolean internal, Instant createdAt) {
        this.request = request;
        this.author = author;
        this.body = body;
        this.internal = internal;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    Long requestId() {
        return request.getId();
    }

    public AppUser getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public boolean isInternal() {
        return internal;
    }

    /** When the current wording was written: the last edit, or the comment itself. */
    public Instant writtenAt() {
        return editedAt == null ? createdAt : editedAt;
    }

    /** Replaces the wording; the caller keeps the earlier one as a {@link RequestCommentVersion}. */
    void edit(String newBody, Instant at) {
        this.body = newBody;
        this.editedAt = at;
    }
}
