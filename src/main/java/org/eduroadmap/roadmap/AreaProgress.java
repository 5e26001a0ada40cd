package org.eduroadmap.roadmap;

import org.eduroadmap.base.LocalizedText;

/** Average completion of the activities of one action area. */
public record AreaProgress(String code, LocalizedText name, long activities, Double averagePercent) {
}
