package org.eduroadmap.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.RuleViolation;

/**
 * Recording values and the approval workflow, against the database. Each test runs in a
 * transaction that is rolled back, so the demo data stays as it was.
 */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class MeasurementServiceIT {

    /** The demo has no EMIS coverage figures for 2019: free to record. */
    private static final String EMIS = "MOE-EMIS-COVERAGE";

    @Autowired
    MeasurementService service;
    @Autowired
    KpiService kpis;
    @Autowired
    KpiMeasurementRepository measurements;
    @Autowired
    MeasurementTransitionRepository transitions;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;
    @Autowired
    KpiRepository kpiRepository;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private <T> T as(String user, String role, Supplier<T> action) {
        return new RunAs(securityContext).as(user, role, action);
    }

    private void asDo(String user, String role, Runnable action) {
        as(user, role, () -> {
            action.run();
            return null;
        });
    }

    private long recordEmis2019(String value) {
        return as("manager", "PROJECT_MANAGER",
                () -> service.record(new MeasurementInput(EMIS, 2019, null, new BigDecimal(value), "EMIS pilot", null)));
    }

    private MeasurementRow row(long id) {
        entityManager.flush();
        entityManager.clear();
        return as("minister", "MINISTER", () -> service.history(EMIS)).stream()
                .filter(row -> row.id() == id).findFirst().orElseThrow();
    }

    /**
     * The application takes value ids from a sequence in blocks; a row written with plain SQL, as a bulk load or
     * a script does, draws its id from the same sequence and never takes one of a block the application holds.
     */
    @Test
    void aValueWrittenWithPlainSqlTakesNoIdTheApplicationWillGiveOut() {
        Kpi kpi = kpiRepository.findByCode(EMIS).orElseThrow();
        KpiMeasurement first = new KpiMeasurement(kpi, 1990, null, BigDecimal.ONE, "test", "manager", TestClock.NOW);
        entityManager.persist(first);
        entityManager.flush();

        jdbc.update("""
                insert into kpi_measurement (kpi_id, period_year, measured_value, source, status, created_by, created_at,
                    updated_at)
                values (?, 1991, 2, 'plain SQL', 'DRAFT', 'loader', ?, ?)""", kpi.getId(),
                java.sql.Timestamp.from(TestClock.NOW), java.sql.Timestamp.from(TestClock.NOW));
        KpiMeasurement second = new KpiMeasurement(kpi, 1992, null, BigDecimal.TWO, "test", "manager", TestClock.NOW);
        entityManager.persist(second);
        entityManager.persist(new MeasurementTransition(second, null, MeasurementStatus.DRAFT, "manager",
                TestClock.NOW, null));
        entityManager.flush();

        long plain = jdbc.queryForObject("select id from kpi_measurement where source = 'plain SQL'", Long.class);
        assertThat(java.util.List.of(first.getId(), plain, second.getId())).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from kpi_measurement where kpi_id = ? and period_year between"
                + " 1990 and 1992", Long.class, kpi.getId())).isEqualTo(3);
    }

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void aManagerRecordsADraftThatAnAdministratorApprovesAndTheDashboardThenReads() {
        long id = recordEmis2019("1.5");
        assertThat(row(id).status()).isEqualTo(MeasurementStatus.DRAFT);
        assertThat(row(id).createdBy()).isEqualTo("manager");
        assertThat(as("minister", "MINISTER", () -> kpis.overview(2019)).stream()
                .filter(kpi -> kpi.code().equals(EMIS)).findFirst().orElseThrow().latestValue())
                .as("a draft does not feed the dashboard").isNull();

        asDo("manager", "PROJECT_MANAGER", () -> service.submit(id, row(id).version()));
        asDo("admin", "ADMIN", () -> service.approve(id, row(id).version()));

        assertThat(row(id).status()).isEqualTo(MeasurementStatus.APPROVED);
        assertThat(as("minister", "MINISTER", () -> kpis.overview(2019)).stream()
                .filter(kpi -> kpi.code().equals(EMIS)).findFirst().orElseThrow().latestValue())
                .isEqualByComparingTo("1.5");
        assertThat(as("admin", "ADMIN", () -> service.transitions(id)))
                .extracting(TransitionRow::from, TransitionRow::to, TransitionRow::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, MeasurementStatus.DRAFT, "manager"),
                        org.assertj.core.groups.Tuple.tuple(MeasurementStatus.DRAFT, MeasurementStatus.SUBMITTED, "manager"),
                        org.assertj.core.groups.Tuple.tuple(MeasurementStatus.SUBMITTED, MeasurementStatus.APPROVED, "admin"));
    }

    @Test
    void anApprovedValueIsLocked() {
        long id = recordEmis2019("1.5");
        asDo("manager", "PROJECT_MANAGER", () -> service.submit(id, row(id).version()));
        asDo("admin", "ADMIN", () -> service.approve(id, row(id).version()));
        long version = row(id).version();

        assertThatThrownBy(() -> asDo("manager", "PROJECT_MANAGER",
                () -> service.correct(id, version, BigDecimal.TEN, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("measurement.error.locked");
        assertThat(row(id).value()).isEqualByComparingTo("1.5");
    }

    @Test
    void aReturnedValueCarriesItsReasonAndCanBeCorrectedAndResubmitted() {
        long id = recordEmis2019("15");
        asDo("manager", "PROJECT_MANAGER", () -> service.submit(id, row(id).version()));

        assertThatThrownBy(() -> asDo("admin", "ADMIN", () -> service.returnForChanges(id, row(id).version(), " ")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reasonRequired");
        asDo("admin", "ADMIN", () -> service.returnForChanges(id, row(id).version(), "The pilot only started in 2020"));
        assertThat(row(id).status()).isEqualTo(MeasurementStatus.RETURNED);
        assertThat(row(id).returnReason()).isEqualTo("The pilot only started in 2020");

        asDo("manager", "PROJECT_MANAGER", () -> service.correct(id, row(id).version(), BigDecimal.ZERO, "EMIS", null));
        asDo("manager", "PROJECT_MANAGER", () -> service.submit(id, row(id).version()));
        assertThat(row(id).status()).isEqualTo(MeasurementStatus.SUBMITTED);
        assertThat(row(id).value()).isEqualByComparingTo("0");
        assertThat(as("admin", "ADMIN", () -> service.awaitingApproval())).extracting(MeasurementRow::id).contains(id);
    }

    @Test
    void aStaleVersionIsRefusedRatherThanOverwritten() {
        long id = recordEmis2019("1.5");
        long loaded = row(id).version();
        asDo("manager", "PROJECT_MANAGER", () -> service.correct(id, loaded, new BigDecimal("2.5"), null, null));
        entityManager.flush();

        assertThatThrownBy(() -> asDo("manager", "PROJECT_MANAGER",
                () -> service.correct(id, loaded, new BigDecimal("3.5"), null, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(row(id).value()).isEqualByComparingTo("2.5");
    }

    @Test
    void aPercentageAbove100IsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = measurements.count();
        assertThatThrownBy(() -> recordEmis2019("100.1"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("value");
                    assertThat(violation.messageKey()).isEqualTo("measurement.error.percentRange");
                });
        assertThat(measurements.count()).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedWithTheFieldAtFault() {
        assertThat(refusal(new MeasurementInput(EMIS, 2019, null, new BigDecimal("-1"), null, null)))
                .isEqualTo("value:measurement.error.negative");
        assertThat(refusal(new MeasurementInput(EMIS, 2027, null, BigDecimal.ONE, null, null)))
                .isEqualTo("year:measurement.error.year");
        assertThat(refusal(new MeasurementInput(EMIS, null, null, BigDecimal.ONE, null, null)))
                .isEqualTo("year:measurement.error.year");
        assertThat(refusal(new MeasurementInput("NO-SUCH-KPI", 2019, null, BigDecimal.ONE, null, null)))
                .isEqualTo("kpi:measurement.error.kpi");
        assertThat(refusal(new MeasurementInput(EMIS, 2019, "TM-X", BigDecimal.ONE, null, null)))
                .isEqualTo("region:measurement.error.region");
        assertThat(refusal(new MeasurementInput("MOE-DIGITAL-TEXTBOOKS", 2019, "TM-A", BigDecimal.ONE, null, null)))
                .isEqualTo("region:measurement.error.notByRegion");
        assertThat(refusal(new MeasurementInput("MOE-DIGITAL-TEXTBOOKS", 2019, null, new BigDecimal("10.5"), null, null)))
                .isEqualTo("value:measurement.error.wholeNumber");
        assertThat(refusal(new MeasurementInput(EMIS, 2019, null, null, null, null)))
                .isEqualTo("value:measurement.error.valueRequired");
    }

    @Test
    void aSecondValueForTheSameKpiYearAndRegionIsRefused() {
        assertThat(refusal(new MeasurementInput("SDG-4.a.1b", 2025, null, BigDecimal.ONE, null, null)))
                .isEqualTo("year:measurement.error.duplicate");
        assertThat(refusal(new MeasurementInput("SDG-4.a.1b", 2025, "TM-M", BigDecimal.ONE, null, null)))
                .isEqualTo("region:measurement.error.duplicate");
    }

    @Test
    void valuesForAllRegionsAreRecordedTogetherOrNotAtAll() {
        long before = measurements.count();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("TM-S", new BigDecimal("2"));
        values.put("TM-A", new BigDecimal("101"));
        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER",
                () -> service.recordRegions(EMIS, 2019, values, "EMIS")))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.field()).as("the region whose value is wrong").isEqualTo("TM-A");
                    assertThat(refused.messageKey()).isEqualTo("measurement.error.percentRange");
                });
        assertThat(measurements.count()).isEqualTo(before);

        values.put("TM-A", new BigDecimal("1"));
        assertThat(as("manager", "PROJECT_MANAGER", () -> service.recordRegions(EMIS, 2019, values, "EMIS")))
                .hasSize(2);
        assertThat(measurements.count()).isEqualTo(before + 2);
    }

    @Test
    void onlyProjectManagersRecordAndOnlyAdministratorsApprove() {
        MeasurementInput input = new MeasurementInput(EMIS, 2019, null, BigDecimal.ONE, null, null);
        assertThatThrownBy(() -> as("minister", "MINISTER", () -> service.record(input)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("advisor", "UNESCO_ADVISOR", () -> service.record(input)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> service.record(input)))
                .isInstanceOf(AuthorizationDeniedException.class);

        long id = recordEmis2019("1");
        asDo("manager", "PROJECT_MANAGER", () -> service.submit(id, row(id).version()));
        long version = row(id).version();
        assertThatThrownBy(() -> asDo("manager", "PROJECT_MANAGER", () -> service.approve(id, version)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> asDo("minister", "MINISTER", () -> service.approve(id, version)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> asDo("advisor", "UNESCO_ADVISOR", () -> service.returnForChanges(id, version, "no")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aDraftCannotBeApprovedWithoutBeingSubmitted() {
        long id = recordEmis2019("1");
        assertThatThrownBy(() -> asDo("admin", "ADMIN", () -> service.approve(id, row(id).version())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("measurement.error.transition");
    }

    private String refusal(MeasurementInput input) {
        try {
            as("manager", "PROJECT_MANAGER", () -> service.record(input));
            return "accepted";
        } catch (RuleViolation violation) {
            return violation.field() + ":" + violation.messageKey();
        }
    }
}
