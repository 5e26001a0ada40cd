package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Decides a KPI's status: the one place where baseline, time-varying targets, direction and
 * thresholds meet. Pure, so every case is unit-tested without a database.
 *
 * @param targets target value by year; between two defined years the target is interpolated
 *                linearly, before the first one the baseline holds, after the last one the last holds
 */
public record KpiRule(Direction direction, BigDecimal baselineValue, int baselineYear,
                      SortedMap<Integer, BigDecimal> targets, BigDecimal onTrackPercent,
                      BigDecimal atRiskPercent) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public KpiRule {
        targets = new TreeMap<>(targets);
    }

    /** The target for a year, or empty when the KPI has no targets at all. */
    public Optional<BigDecimal> targetFor(int year) {
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        if (targets.containsKey(year)) {
            return Optional.of(targets.get(year));
        }
        SortedMap<Integer, BigDecimal> before = targets.headMap(year);
        SortedMap<Integer, BigDecimal> after = targets.tailMap(year);
        if (before.isEmpty()) {
            // Before the first target year the plan is to hold the baseline.
            return Optional.of(baselineValue);
        }
        if (after.isEmpty()) {
            return Optional.of(before.get(before.lastKey()));
        }
        int fromYear = before.lastKey();
        int toYear = after.firstKey();
        return Optional.of(interpolate(fromYear, before.get(fromYear), toYear, after.get(toYear), year));
    }

    private static BigDecimal interpolate(int fromYear, BigDecimal from, int toYear, BigDecimal to, int year) {
        BigDecimal share = BigDecimal.valueOf(year - fromYear)
                .divide(BigDecimal.valueOf(toYear - fromYear), PRECISION);
        return from.add(to.subtract(from).multiply(share, PRECISION), PRECISION);
    }

    /** The status of a value observed in a year; {@link KpiStatus#NO_DATA} when there is none. */
    public Assessment assess(Optional<BigDecimal> value, int year) {
        Optional<BigDecimal> target = targetFor(year);
        if (value.isEmpty()) {
            return new Assessment(KpiStatus.NO_DATA, null, target.orElse(null));
        }
        if (target.isEmpty()) {
            return new Assessment(KpiStatus.NO_DATA, null, null);
        }
        BigDecimal actual = value.get();
        BigDecimal goal = target.get();
        BigDecimal range = goal.subtract(baselineValue);
        BigDecimal progress;
        if (range.signum() == 0) {
            // Nothing to gain: the target is to hold the baseline, so holding it (or better) is full progress.
            progress = isAtLeastAsGoodAs(actual, goal) ? HUNDRED : BigDecimal.ZERO;
        } else {
            progress = actual.subtract(baselineValue).multiply(HUNDRED).divide(range, PRECISION);
            if (direction == Direction.HIGHER_IS_BETTER && goal.compareTo(baselineValue) < 0
                    || direction == Direction.LOWER_IS_BETTER && goal.compareTo(baselineValue) > 0) {
                // A target set against the KPI's direction: judge by the direction, not the arithmetic.
                progress = isAtLeastAsGoodAs(actual, goal) ? HUNDRED : BigDecimal.ZERO;
            }
        }
        progress = progress.setScale(1, RoundingMode.HALF_UP);
        KpiStatus status = progress.compareTo(onTrackPercent) >= 0 ? KpiStatus.ON_TRACK
                : progress.compareTo(atRiskPercent) >= 0 ? KpiStatus.AT_RISK
                : KpiStatus.OFF_TRACK;
        return new Assessment(status, progress, goal);
    }

    private boolean isAtLeastAsGoodAs(BigDecimal actual, BigDecimal goal) {
        int comparison = actual.compareTo(goal);
        return direction == Direction.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    }

    /**
     * @param progressPercent how far the value has come from the baseline towards the year's target
     *                        (100 = reached; above 100 = exceeded; negative = moved away); null without data
     * @param target          the target for the year, when one can be derived
     */
    public record Assessment(KpiStatus status, BigDecimal progressPercent, BigDecimal target) {
    }

    public static KpiRule of(Direction direction, double baseline, int baselineYear, Map<Integer, Double> targets,
                             double onTrack, double atRisk) {
        SortedMap<Integer, BigDecimal> decimals = new TreeMap<>();
        targets.forEach((year, value) -> decimals.put(year, BigDecimal.valueOf(value)));
        return new KpiRule(direction, BigDecimal.valueOf(baseline), baselineYear, decimals,
                BigDecimal.valueOf(onTrack), BigDecimal.valueOf(atRisk));
    }
}
