package org.eduroadmap.audit;

import java.time.LocalDate;

/**
 * What the change list is narrowed to; every part is optional. Dates are whole days in UTC,
 * {@code to} included.
 */
public record ChangeFilter(String username, String entityType, String entityId, Operation operation,
                           LocalDate from, LocalDate to) {

    public static final ChangeFilter ALL = new ChangeFilter(null, null, null, null, null, null);
}
