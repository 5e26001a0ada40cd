package org.eduroadmap.assistance;

import java.time.Instant;

import jakarta.persistence.Basic;
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
import org.hibernate.envers.NotAudited;

import org.eduroadmap.base.OutsideKeptFigures;
import org.eduroadmap.security.AppUser;

/**
 * A file attached to a request. Lists read {@link AttachmentRow} projections, so the content is
 * loaded only when someone downloads it.
 */
@OutsideKeptFigures
@Entity
@Audited
class RequestAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private AssistanceRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by_id")
    private AppUser uploadedBy;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String contentType;

    @Column(nullable = false)
    private long sizeBytes;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected RequestAttachment() {
    }

    RequestAttachment(AssistanceRequest request, AppUser uploadedBy, String fileName, String contentType,
                      byte[] content, Instant uploadedAt) {
        this.request = request;
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }
}
