package org.eduroadmap.kpi;

import java.time.Instant;

import org.eduroadmap.base.LocalizedText;

/** A comment as the thread shows it: who, from where, when, what. */
public record CommentRow(String author, LocalizedText organisation, String body, Instant createdAt) {
}
