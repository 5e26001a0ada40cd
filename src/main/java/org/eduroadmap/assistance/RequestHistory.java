package org.eduroadmap.assistance;

import java.time.Instant;

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

import org.eduroadmap.security.AppUser;

/** One entry of a request's history: a transition with its text, or a changed field. Never changed. */
@Entity
public class RequestHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private AssistanceRequest request;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private AppUser actor;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    private RequestAction action;

    @Enumerated(EnumType.STRING)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private RequestStatus toStatus;

    private String field;

    private String oldValue;

    private String newValue;

    protected RequestHistory() {
    }

    /** A step taken on the request; public so that demo data can tell a request's past as it happened. */
    public static RequestHistory transition(AssistanceRequest request, AppUser actor, Instant at, RequestAction action,
                                     RequestStatus from, RequestStatus to, String text) {
        RequestHistory entry = new RequestHistory();
        entry.request = request;
        entry.actor = actor;
        entry.at = at;
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.newValue = text;
        return entry;
    }

    static RequestHistory change(AssistanceRequest request, AppUser actor, Instant at, String field, String oldValue,
                                 String newValue) {
        RequestHistory entry = new RequestHistory();
        entry.request = request;
        entry.actor = actor;
        entry.at = at;
        entry.field = field;
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        return entry;
    }
}
