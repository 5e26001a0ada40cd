package org.eduroadmap.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.RuleViolation;

/** Editing a KPI's definition: who may, what is checked, and targets that change the status. Rolled back. */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class KpiDefinitionServiceIT {

    @Autowired
    KpiDefinitionService service;
    @Autowired
    KpiService kpis;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;

    private <T> T as(String user, String role, Supplier<T> action) {
        return new RunAs(securityContext).as(user, role, action);
    }

    private KpiDefinition emis() {
        return as("admin", "ADMIN", () -> service.definition("MOE-EMIS-COVERAGE")).orElseThrow();
    }

    private static KpiDefinition withTargets(KpiDefinition d, SortedMap<Integer, BigDecimal> targets) {
        return new KpiDefinition(d.code(), d.name(), d.description(), d.priorityAreaCode(), d.unit(), d.direction(),
                d.decimals(), d.baselineValue(), d.baselineYear(), d.onTrackPercent(), d.atRiskPercent(),
                d.dataSource(), targets, d.dimensions(), d.version());
    }

    private static KpiDefinition withThresholds(KpiDefinition d, String onTrack, String atRisk) {
        return new KpiDefinition(d.code(), d.name(), d.description(), d.priorityAreaCode(), d.unit(), d.direction(),
                d.decimals(), d.baselineValue(), d.baselineYear(), new BigDecimal(onTrack), new BigDecimal(atRisk),
                d.dataSource(), d.targets(), d.dimensions(), d.version());
    }

    @Test
    void lowerTargetsPutALaggingKpiBackOnTrack() {
        KpiStatus before = as("minister", "MINISTER", () -> kpis.overview(2026)).stream()
                .filter(kpi -> kpi.code().equals("MOE-EMIS-COVERAGE")).findFirst().orElseThrow().status();
        assertThat(before).isEqualTo(KpiStatus.AT_RISK);

        SortedMap<Integer, BigDecimal> targets = new TreeMap<>();
        targets.put(2025, new BigDecimal("35"));
        targets.put(2028, new BigDecimal("100"));
        as("admin", "ADMIN", () -> {
            service.save(withTargets(emis(), targets));
            return null;
        });
        entityManager.flush();
        entityManager.clear();

        assertThat(as("minister", "MINISTER", () -> kpis.overview(2026)).stream()
                .filter(kpi -> kpi.code().equals("MOE-EMIS-COVERAGE")).findFirst().orElseThrow().status())
                .isEqualTo(KpiStatus.ON_TRACK);
    }

    @Test
    void thresholdsMustLeaveOnTrackAboveAtRisk() {
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
            service.save(withThresholds(emis(), "50", "50"));
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("kpi.error.thresholds"));
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
            service.save(withThresholds(emis(), "120", "50"));
            return null;
        })).isInstanceOf(RuleViolation.class);
    }

    @Test
    void targetsMustFollowTheBaselineAndFitTheUnit() {
        SortedMap<Integer, BigDecimal> early = new TreeMap<>();
        early.put(2019, BigDecimal.TEN);
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
            service.save(withTargets(emis(), early));
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("kpi.error.targetYear"));
        SortedMap<Integer, BigDecimal> tooHigh = new TreeMap<>();
        tooHigh.put(2027, new BigDecimal("101"));
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
            service.save(withTargets(emis(), tooHigh));
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("kpi.error.targetValue"));
    }

    @Test
    void namesAreRequiredInEveryLanguage() {
        KpiDefinition d = emis();
        KpiDefinition noTurkmen = new KpiDefinition(d.code(), LocalizedText.of("EMIS", "ИСУО", " "), d.description(),
                d.priorityAreaCode(), d.unit(), d.direction(), d.decimals(), d.baselineValue(), d.baselineYear(),
                d.onTrackPercent(), d.atRiskPercent(), d.dataSource(), d.targets(), d.dimensions(), d.version());
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
            service.save(noTurkmen);
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("nameTk"));
    }

    @Test
    void theOwningOrganisationsManagerMayEditButMinistersAndAdvisorsMayNot() {
        // The demo's KPIs all belong to the Ministry, the manager's organisation.
        assertThat(as("manager", "PROJECT_MANAGER", () -> service.mayEdit("MOE-EMIS-COVERAGE"))).isTrue();
        assertThat(as("admin", "ADMIN", () -> service.mayEdit("MOE-EMIS-COVERAGE"))).isTrue();
        assertThat(as("minister", "MINISTER", () -> service.mayEdit("MOE-EMIS-COVERAGE"))).isFalse();
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> service.mayEdit("MOE-EMIS-COVERAGE"))).isFalse();

        KpiDefinition definition = emis();
        as("manager", "PROJECT_MANAGER", () -> {
            service.save(withThresholds(definition, "75", "45"));
            return null;
        });
        assertThatThrownBy(() -> as("minister", "MINISTER", () -> {
            service.save(definition);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("advisor", "UNESCO_ADVISOR", () -> {
            service.save(definition);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    private static KpiDefinition newKpi(String code) {
        SortedMap<Integer, BigDecimal> targets = new TreeMap<>();
        targets.put(2027, new BigDecimal("60"));
        return new KpiDefinition(code, LocalizedText.of("Schools with Wi-Fi in classrooms", "Школы с Wi-Fi в классах",
                "Synp otaglarynda Wi-Fi bolan mekdepler"), null, "CONNECTIVITY", KpiUnit.PERCENT,
                Direction.HIGHER_IS_BETTER, 1, new BigDecimal("12"), 2025, new BigDecimal("80"), new BigDecimal("50"),
                "School census", targets, java.util.EnumSet.of(Dimension.REGION), 0);
    }

    @Test
    void anAdministratorCreatesAKpiOwnedByTheOrganisationChosen() {
        as("admin", "ADMIN", () -> {
            service.create(newKpi("MOE-SCHOOL-WIFI"), Framework.NATIONAL, "UNESCO-IITE");
            return null;
        });
        KpiDefinition created = as("admin", "ADMIN", () -> service.definition("MOE-SCHOOL-WIFI")).orElseThrow();
        assertThat(created.targets()).containsEntry(2027, new BigDecimal("60"));
        assertThat(created.dimensions()).containsExactly(Dimension.REGION);
        assertThat(as("manager", "PROJECT_MANAGER", () -> service.mayEdit("MOE-SCHOOL-WIFI")))
                .as("owned by IITE, not by the manager's ministry").isFalse();
    }

    @Test
    void aManagersNewKpiBelongsToTheirOwnOrganisation() {
        as("manager", "PROJECT_MANAGER", () -> {
            service.create(newKpi("MOE-SCHOOL-WIFI"), Framework.NATIONAL, "UNESCO-IITE");
            return null;
        });
        assertThat(as("manager", "PROJECT_MANAGER", () -> service.mayEdit("MOE-SCHOOL-WIFI"))).isTrue();
    }

    @Test
    void codesAreCheckedAndUnique() {
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
            service.create(newKpi("SDG-4.a.1b"), Framework.SDG4, "MOE-TM");
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("kpi.error.codeTaken"));
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
            service.create(newKpi("sdg-4.A.1B"), Framework.SDG4, "MOE-TM");
            return null;
        })).as("the same code in other letter case").isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
            service.create(newKpi("x"), Framework.SDG4, "MOE-TM");
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("code"));
    }

    @Test
    void ministersAndAdvisorsCreateNoKpis() {
        assertThatThrownBy(() -> as("minister", "MINISTER", () -> {
            service.create(newKpi("MOE-SCHOOL-WIFI"), Framework.NATIONAL, "MOE-TM");
            return null;
        })).isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("advisor", "UNESCO_ADVISOR", () -> {
            service.create(newKpi("MOE-SCHOOL-WIFI"), Framework.NATIONAL, "MOE-TM");
            return null;
        })).isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void aStaleEditorIsRefusedRatherThanOverwritingTheNewerVersion() {
        KpiDefinition loaded = emis();
        as("admin", "ADMIN", () -> {
            service.save(withThresholds(loaded, "85", "55"));
            return null;
        });
        entityManager.flush();

        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER", () -> {
            service.save(withThresholds(loaded, "70", "40"));
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
