package org.eduroadmap.roadmap;

import org.eduroadmap.base.LocalizedText;

/** A finish-to-start dependency the plan breaks: the successor starts {@code days} before the predecessor ends. */
public record DependencyWarning(long predecessorId, LocalizedText predecessor, long successorId,
                                LocalizedText successor, long days) {
}
