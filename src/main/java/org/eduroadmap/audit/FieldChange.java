package org.eduroadmap.audit;

/** One field of a record before and after a change; {@code null} where there was no value. */
public record FieldChange(String field, String before, String after) {
}
