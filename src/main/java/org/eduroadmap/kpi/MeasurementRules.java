package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eduroadmap.base.InputRules;
import org.eduroadmap.base.RuleViolation;

/**
 * The rules every value passes before it is stored, whether typed in the entry form or read from a
 * file: a known KPI, a year in range, dimensions the KPI is broken down by (one at a time), a
 * known region, and a value that fits the KPI's unit. Refusals name the field at fault.
 */
public final class MeasurementRules {

    public static final int FIRST_YEAR = 2000;
    /** The largest value the database keeps: 15 digits before the decimal point. */
    public static final BigDecimal LARGEST = new BigDecimal("999999999999999.9999");
    public static final int SOURCE_LENGTH = 500;
    public static final int COMMENT_LENGTH = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the rules need to know of a KPI; a snapshot, so checking a large file touches no lazy state. */
    public record KpiFacts(long id, String code, KpiUnit unit, Set<Dimension> dimensions) {
        static KpiFacts of(Kpi kpi) {
            return new KpiFacts(kpi.getId(), kpi.getCode(), kpi.getUnit(),
                    kpi.getDimensions().isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(kpi.getDimensions()));
        }
    }

    private final Function<String, Optional<KpiFacts>> kpiByCode;
    private final Function<String, Optional<Long>> regionIdByCode;
    private final int lastYear;

    MeasurementRules(Function<String, Optional<KpiFacts>> kpiByCode, Function<String, Optional<Long>> regionIdByCode,
                     int lastYear) {
        this.kpiByCode = kpiByCode;
        this.regionIdByCode = regionIdByCode;
        this.lastYear = lastYear;
    }

    /** The value checked and resolved, or a {@link RuleViolation} naming the field at fault. */
    public CheckedMeasurement check(MeasurementInput input) {
        KpiFacts kpi = input.kpiCode() == null ? null : kpiByCode.apply(input.kpiCode()).orElse(null);
        if (kpi == null) {
            throw new RuleViolation("kpi", "measurement.error.kpi");
        }
        if (input.year() == null || input.year() < FIRST_YEAR || input.year() > lastYear) {
            throw new RuleViolation("year", "measurement.error.year", FIRST_YEAR, lastYear);
        }
        Long regionId = null;
        boolean regional = input.regionCode() != null && !input.regionCode().isBlank();
        if (regional) {
            if (!kpi.dimensions().contains(Dimension.REGION)) {
                throw new RuleViolation("region", "measurement.error.notByRegion");
            }
            regionId = regionIdByCode.apply(input.regionCode().strip())
                    .orElseThrow(() -> new RuleViolation("region", "measurement.error.region"));
        }
        checkBreakdown(kpi, input.schoolLevel(), Dimension.SCHOOL_LEVEL, "schoolLevel", "measurement.error.notBySchoolLevel");
        checkBreakdown(kpi, input.sex(), Dimension.SEX, "sex", "measurement.error.notBySex");
        checkBreakdown(kpi, input.location(), Dimension.LOCATION, "location", "measurement.error.notByLocation");
        long dimensions = java.util.stream.Stream.of(regional ? "" : null, input.schoolLevel(), input.sex(),
                input.location()).filter(java.util.Objects::nonNull).count();
        if (dimensions > 1) {
            // The dashboard reads regional figures and each national breakdown separately, never crossed.
            throw new RuleViolation(regional ? "region" : input.schoolLevel() != null ? "sex" : "location",
                    "measurement.error.oneDimension");
        }
        if (input.value() == null) {
            throw new RuleViolation("value", "measurement.error.valueRequired");
        }
        checkRange(kpi.unit(), input.value());
        return new CheckedMeasurement(kpi.id(), kpi.code(), input.year(), regionId, input.schoolLevel(), input.sex(),
                input.location(), input.value(), source(input.source()), comment(input.comment()));
    }

    private static void checkBreakdown(KpiFacts kpi, Object value, Dimension dimension, String field, String key) {
        if (value != null && !kpi.dimensions().contains(dimension)) {
            throw new RuleViolation(field, key);
        }
    }

    /** A value fits its unit: never negative, a percentage at most 100, a count whole. */
    static void checkRange(KpiUnit unit, BigDecimal value) {
        if (value == null) {
            throw new RuleViolation("value", "measurement.error.valueRequired");
        }
        if (value.signum() < 0) {
            throw new RuleViolation("value", "measurement.error.negative");
        }
        if (unit == KpiUnit.PERCENT && value.compareTo(HUNDRED) > 0) {
            throw new RuleViolation("value", "measurement.error.percentRange");
        }
        if (unit == KpiUnit.COUNT && value.stripTrailingZeros().scale() > 0) {
            throw new RuleViolation("value", "measurement.error.wholeNumber");
        }
        if (value.compareTo(LARGEST) > 0) {
            throw new RuleViolation("value", "measurement.error.tooLarge");
        }
    }

    /** Where the value comes from, cleaned; null when nothing is left. */
    static String source(String typed) {
        return InputRules.optional("source", typed, SOURCE_LENGTH, "measurement.error.sourceLength");
    }

    /** A remark on the value, cleaned; null when nothing is left. */
    static String comment(String typed) {
        return InputRules.optional("comment", typed, COMMENT_LENGTH, "measurement.error.commentLength");
    }
}
