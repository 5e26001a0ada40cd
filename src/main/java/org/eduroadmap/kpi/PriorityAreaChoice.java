package org.eduroadmap.kpi;

import org.eduroadmap.base.LocalizedText;

/** A priority area to filter by. */
public record PriorityAreaChoice(String code, LocalizedText name) {
}
