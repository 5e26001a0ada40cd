package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.RuleViolation;

/** Saving baselines and reading slips against them. Rolled back. */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class BaselineServiceIT {

    private static final String PILOT = "EMIS pilot in Ahal and Ashgabat schools";

    @Autowired
    BaselineService baselines;
    @Autowired
    ActivityService activities;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;

    private <T> T asManager(Supplier<T> action) {
        return new RunAs(securityContext).as("manager", "PROJECT_MANAGER", action);
    }

    @Test
    void aMovedEndShowsAsASlipAgainstTheBaselineSavedBefore() {
        BaselineSummary saved = asManager(() -> baselines.save("Before the pilot slipped"));
        long pilot = asManager(() -> activities.activityChoices(PILOT, 0, 5)).getFirst().id();
        ActivityDraft draft = asManager(() -> activities.draft(pilot)).orElseThrow();
        draft.setPlannedEnd(LocalDate.of(2026, 8, 29));
        asManager(() -> activities.save(draft));
        entityManager.flush();

        var comparison = asManager(() -> baselines.compare(saved.id())).orElseThrow();

        assertThat(comparison.slipped()).filteredOn(slip -> slip.activityId() == pilot).singleElement()
                .satisfies(slip -> {
                    assertThat(slip.days()).isEqualTo(60);
                    assertThat(slip.baseline().end()).isEqualTo(LocalDate.of(2026, 6, 30));
                });
        assertThat(comparison.planned().get(pilot).end()).as("the baseline itself never moves")
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(asManager(baselines::baselines).getFirst().name()).isEqualTo("Before the pilot slipped");
    }

    @Test
    void aBaselineNeedsAFreshName() {
        asManager(() -> baselines.save("Q4 review"));

        assertThatThrownBy(() -> asManager(() -> baselines.save("  q4 REVIEW ")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("baseline.error.nameTaken"));
        assertThatThrownBy(() -> asManager(() -> baselines.save(" ")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("baseline.error.name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MINISTER", "UNESCO_ADVISOR", "ADMIN"})
    void onlyProjectManagersSaveBaselines(String role) {
        RunAs runAs = new RunAs(securityContext);
        int before = runAs.as("someone", role, baselines::baselines).size();

        assertThatThrownBy(() -> runAs.as("someone", role, () -> baselines.save("Mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.as("someone", role, baselines::baselines)).hasSize(before);
    }
}
