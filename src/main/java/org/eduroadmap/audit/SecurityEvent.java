package org.eduroadmap.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.eduroadmap.base.OutsideKeptFigures;

/** A sign-in, a failed sign-in or a refused action, with who, when and from where. */
@OutsideKeptFigures
@Entity
class SecurityEvent {

    static final int USERNAME_LENGTH = 200;
    static final int DETAIL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SecurityEventKind kind;

    /** As typed at sign-in, so it may name no existing user; cut to the column's length. */
    @Column(nullable = false)
    private String username;

    private String remoteAddress;

    private String detail;

    protected SecurityEvent() {
    }

    SecurityEvent(Instant occurredAt, SecurityEventKind kind, String username, String remoteAddress, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.username = cut(username, USERNAME_LENGTH);
        this.remoteAddress = cut(remoteAddress, 100);
        this.detail = cut(detail, DETAIL_LENGTH);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
