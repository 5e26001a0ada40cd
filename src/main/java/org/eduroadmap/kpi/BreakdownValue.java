package org.eduroadmap.kpi;

import java.math.BigDecimal;

/** One part of a national value broken down by a dimension, e.g. "FEMALE" → 48.2. */
public record BreakdownValue(String part, BigDecimal value) {
}
