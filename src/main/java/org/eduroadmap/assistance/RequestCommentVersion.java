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

import org.eduroadmap.base.OutsideKeptFigures;

/** What a request comment said before an edit. Never changed once written. */
@OutsideKeptFigures
@Entity
class RequestCommentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comment_id")
    private RequestComment comment;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private Instant writtenAt;

    protected RequestCommentVersion() {
    }

    RequestCommentVersion(RequestComment comment, String body, Instant writtenAt) {
        this.comment = comment;
        this.body = body;
        this.writtenAt = writtenAt;
    }
}
