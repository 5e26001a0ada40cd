package org.eduroadmap.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.eduroadmap.base.RuleViolation;

/** The rules a value passes whether typed or imported; here the breakdown rules a file can exercise. */
class MeasurementRulesTest {

    private final MeasurementRules rules = new MeasurementRules(
            code -> Optional.ofNullable(Map.of(
                    "BY-SEX", new MeasurementRules.KpiFacts(1, "BY-SEX", KpiUnit.PERCENT,
                            EnumSet.of(Dimension.REGION, Dimension.SEX)),
                    "COUNT", new MeasurementRules.KpiFacts(2, "COUNT", KpiUnit.COUNT, EnumSet.noneOf(Dimension.class)))
                    .get(code)),
            code -> "TM-A".equals(code) ? Optional.of(3L) : Optional.empty(), 2026);

    private static MeasurementInput input(String kpi, String region, String value, SchoolLevel level, Sex sex) {
        return new MeasurementInput(kpi, 2024, region, new BigDecimal(value), " file.csv ", null, level, sex, null);
    }

    private static void refused(Runnable check, String field, String key) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(RuleViolation.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aBreakdownTheKpiHasIsAcceptedAndResolved() {
        CheckedMeasurement checked = rules.check(input("BY-SEX", null, "51.5", null, Sex.FEMALE));
        assertThat(checked.kpiId()).isEqualTo(1);
        assertThat(checked.sex()).isEqualTo(Sex.FEMALE);
        assertThat(checked.source()).isEqualTo("file.csv");
        assertThat(rules.check(input("BY-SEX", "TM-A", "50", null, null)).regionId()).isEqualTo(3L);
    }

    @Test
    void aBreakdownTheKpiDoesNotHaveIsRefused() {
        refused(() -> rules.check(input("BY-SEX", null, "50", SchoolLevel.PRIMARY, null)), "schoolLevel",
                "measurement.error.notBySchoolLevel");
        refused(() -> rules.check(input("COUNT", null, "5", null, Sex.MALE)), "sex", "measurement.error.notBySex");
    }

    @Test
    void aValueIsRegionalOrForOneBreakdownNeverBoth() {
        refused(() -> rules.check(input("BY-SEX", "TM-A", "50", null, Sex.MALE)), "region",
                "measurement.error.oneDimension");
    }

    @Test
    void theUnitRulesApplyAsInTheEntryForm() {
        refused(() -> rules.check(input("BY-SEX", null, "100.5", null, null)), "value", "measurement.error.percentRange");
        refused(() -> rules.check(input("COUNT", null, "2.5", null, null)), "value", "measurement.error.wholeNumber");
        refused(() -> rules.check(input("COUNT", null, "-1", null, null)), "value", "measurement.error.negative");
        refused(() -> rules.check(input("NONE", null, "1", null, null)), "kpi", "measurement.error.kpi");
        refused(() -> rules.check(new MeasurementInput("COUNT", 2027, null, BigDecimal.ONE, null, null)), "year",
                "measurement.error.year");
    }
}
