package org.eduroadmap.notification;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.OutsideKeptFigures;
import org.eduroadmap.security.AppUser;

/** A notice to one user, unread until they open it. */
@OutsideKeptFigures
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private AppUser recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "subject_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "subject_ru")),
            @AttributeOverride(name = "tk", column = @Column(name = "subject_tk"))})
    private LocalizedText subject;

    private String link;

    @Column(nullable = false)
    private String dedupeKey;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant readAt;

    protected Notification() {
    }

    Notification(AppUser recipient, NotificationKind kind, LocalizedText subject, String link, String dedupeKey,
                 Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.subject = subject;
        this.link = link;
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
