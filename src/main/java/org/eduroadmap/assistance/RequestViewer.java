package org.eduroadmap.assistance;

/**
 * Who reads requests, reduced to what decides which ones they see: the UNESCO office whose submitted
 * requests they are limited to, or {@code null} when they see every request. Made by
 * {@link RequestVisibility}, which holds the rule.
 */
public record RequestViewer(Long limitedToOrganisation) {
}
