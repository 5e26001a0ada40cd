package org.eduroadmap.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that no figure kept against the {@link DataVersion} is computed from (comments, notifications,
 * the audit trail's own records): writing it alone leaves the version where it was, so a busy conversation does
 * not make every dashboard visit compute afresh. Every entity without the mark moves the version, so a new one
 * is safe by default.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OutsideKeptFigures {
}
