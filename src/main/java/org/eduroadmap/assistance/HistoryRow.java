package org.eduroadmap.assistance;

import java.time.Instant;

/**
 * One line of a request's history. A transition has an action, from and to (and the question, answer,
 * reason or note in {@code newValue}); a field change has a field with its old and new value.
 */
public record HistoryRow(Instant at, String actor, RequestAction action, RequestStatus from, RequestStatus to,
                         String field, String oldValue, String newValue) {

    public boolean isTransition() {
        return action != null;
    }
}
