package org.eduroadmap.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KpiRuleTest {

    /** Baseline 40 in 2019; target 60 in 2022 and 90 in 2026; on track from 80 %, at risk from 50 %. */
    private final KpiRule internet = KpiRule.of(Direction.HIGHER_IS_BETTER, 40, 2019,
            Map.of(2022, 60.0, 2026, 90.0), 80, 50);

    /** Pupils per computer: baseline 28, target 12 in 2026. */
    private final KpiRule pupilsPerComputer = KpiRule.of(Direction.LOWER_IS_BETTER, 28, 2019,
            Map.of(2026, 12.0), 80, 50);

    private static Optional<BigDecimal> value(double value) {
        return Optional.of(BigDecimal.valueOf(value));
    }

    @Nested
    class Targets {

        @Test
        void aDefinedYearUsesItsTarget() {
            assertThat(internet.targetFor(2022)).contains(new BigDecimal("60.0"));
        }

        @Test
        void yearsBetweenTargetsAreInterpolatedLinearly() {
            assertThat(internet.targetFor(2024).orElseThrow()).isEqualByComparingTo("75");
            assertThat(internet.targetFor(2023).orElseThrow()).isEqualByComparingTo("67.5");
        }

        @Test
        void beforeTheFirstTargetTheBaselineHolds() {
            assertThat(internet.targetFor(2020).orElseThrow()).isEqualByComparingTo("40");
        }

        @Test
        void afterTheLastTargetTheLastTargetHolds() {
            assertThat(internet.targetFor(2030).orElseThrow()).isEqualByComparingTo("90");
        }

        @Test
        void aKpiWithoutTargetsHasNone() {
            KpiRule noTargets = KpiRule.of(Direction.HIGHER_IS_BETTER, 40, 2019, Map.of(), 80, 50);
            assertThat(noTargets.targetFor(2024)).isEmpty();
        }
    }

    @Nested
    class HigherIsBetter {

        @Test
        void eightyPercentOfTheWayIsOnTrack() {
            // 2022 target 60: 56 is 16 of 20 = 80 % of the way.
            KpiRule.Assessment assessment = internet.assess(value(56), 2022);
            assertThat(assessment.status()).isEqualTo(KpiStatus.ON_TRACK);
            assertThat(assessment.progressPercent()).isEqualByComparingTo("80");
        }

        @Test
        void justBelowTheOnTrackThresholdIsAtRisk() {
            assertThat(internet.assess(value(55.9), 2022).status()).isEqualTo(KpiStatus.AT_RISK);
        }

        @Test
        void belowTheAtRiskThresholdIsOffTrack() {
            KpiRule.Assessment assessment = internet.assess(value(49), 2022);
            assertThat(assessment.status()).isEqualTo(KpiStatus.OFF_TRACK);
            assertThat(assessment.progressPercent()).isEqualByComparingTo("45");
        }

        @Test
        void reachedAndExceededTargetsAreOnTrack() {
            assertThat(internet.assess(value(60), 2022).progressPercent()).isEqualByComparingTo("100");
            KpiRule.Assessment exceeded = internet.assess(value(70), 2022);
            assertThat(exceeded.status()).isEqualTo(KpiStatus.ON_TRACK);
            assertThat(exceeded.progressPercent()).isEqualByComparingTo("150");
        }

        @Test
        void movingAwayFromTheTargetGivesNegativeProgress() {
            KpiRule.Assessment assessment = internet.assess(value(35), 2022);
            assertThat(assessment.status()).isEqualTo(KpiStatus.OFF_TRACK);
            assertThat(assessment.progressPercent()).isEqualByComparingTo("-25");
        }

        @Test
        void theTargetOfTheValuesYearIsUsed() {
            // 2024 target is interpolated to 75; 68 is 28 of 35 = 80 %.
            KpiRule.Assessment assessment = internet.assess(value(68), 2024);
            assertThat(assessment.target()).isEqualByComparingTo("75");
            assertThat(assessment.status()).isEqualTo(KpiStatus.ON_TRACK);
        }
    }

    @Nested
    class LowerIsBetter {

        @Test
        void fallingTowardsTheTargetIsProgress() {
            // 28 → 12: 15.2 is 12.8 of 16 = 80 %.
            KpiRule.Assessment assessment = pupilsPerComputer.assess(value(15.2), 2026);
            assertThat(assessment.status()).isEqualTo(KpiStatus.ON_TRACK);
            assertThat(assessment.progressPercent()).isEqualByComparingTo("80");
        }

        @Test
        void risingIsNegativeProgress() {
            KpiRule.Assessment assessment = pupilsPerComputer.assess(value(30), 2026);
            assertThat(assessment.status()).isEqualTo(KpiStatus.OFF_TRACK);
            assertThat(assessment.progressPercent()).isNegative();
        }

        @Test
        void goingBelowTheTargetExceedsIt() {
            assertThat(pupilsPerComputer.assess(value(10), 2026).progressPercent()).isEqualByComparingTo("112.5");
        }
    }

    @Nested
    class ZeroWidthRange {

        private final KpiRule holdElectricity = KpiRule.of(Direction.HIGHER_IS_BETTER, 100, 2019,
                Map.of(2026, 100.0), 80, 50);

        @Test
        void holdingTheBaselineWhenItIsTheTargetIsOnTrack() {
            KpiRule.Assessment assessment = holdElectricity.assess(value(100), 2026);
            assertThat(assessment.status()).isEqualTo(KpiStatus.ON_TRACK);
            assertThat(assessment.progressPercent()).isEqualByComparingTo("100");
        }

        @Test
        void fallingBelowATargetEqualToTheBaselineIsOffTrack() {
            assertThat(holdElectricity.assess(value(99.5), 2026).status()).isEqualTo(KpiStatus.OFF_TRACK);
        }

        @Test
        void beforeTheFirstTargetTheRangeIsZeroAndTheBaselineMustHold() {
            assertThat(internet.assess(value(40), 2020).status()).isEqualTo(KpiStatus.ON_TRACK);
            assertThat(internet.assess(value(39), 2020).status()).isEqualTo(KpiStatus.OFF_TRACK);
        }
    }

    @Nested
    class NoData {

        @Test
        void withoutAnApprovedValueTheStatusIsNoData() {
            KpiRule.Assessment assessment = internet.assess(Optional.empty(), 2024);
            assertThat(assessment.status()).isEqualTo(KpiStatus.NO_DATA);
            assertThat(assessment.progressPercent()).isNull();
            assertThat(assessment.target()).isEqualByComparingTo("75");
        }

        @Test
        void withoutAnyTargetTheStatusIsNoData() {
            KpiRule noTargets = KpiRule.of(Direction.HIGHER_IS_BETTER, 40, 2019, Map.of(), 80, 50);
            assertThat(noTargets.assess(value(50), 2024).status()).isEqualTo(KpiStatus.NO_DATA);
        }
    }
}
