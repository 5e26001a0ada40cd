package org.eduroadmap.audit;

import java.time.LocalDate;

/** What the security event list is narrowed to; every part is optional, {@code to} included. */
public record SecurityEventFilter(String username, SecurityEventKind kind, LocalDate from, LocalDate to) {

    public static final SecurityEventFilter ALL = new SecurityEventFilter(null, null, null, null);
}
