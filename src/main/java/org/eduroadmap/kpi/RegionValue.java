package org.eduroadmap.kpi;

import java.math.BigDecimal;

import org.eduroadmap.base.LocalizedText;

public record RegionValue(String regionCode, LocalizedText region, BigDecimal value) {
}
