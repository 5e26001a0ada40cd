package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.meeting.Meeting;
import org.eduroadmap.meeting.MeetingRepository;

/** Editing the Roadmap: who may, every scheduling rule, concurrent edits, dependencies. Rolled back. */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class ActivityServiceIT {

    @Autowired
    ActivityService service;
    @Autowired
    RoadmapService roadmap;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;

    private <T> T asManager(Supplier<T> action) {
        return new RunAs(securityContext).as("manager", "PROJECT_MANAGER", action);
    }

    private long idOf(String title) {
        return asManager(() -> service.activityChoices(title, 0, 5)).stream()
                .filter(choice -> choice.name().en().equals(title)).findFirst().orElseThrow().id();
    }

    private ActivityDraft draftOf(String title) {
        return asManager(() -> service.draft(idOf(title))).orElseThrow();
    }

    private RuleViolation refusal(ActivityDraft draft) {
        try {
            asManager(() -> service.save(draft));
        } catch (RuleViolation refused) {
            return refused;
        }
        throw new AssertionError("the draft was accepted");
    }

    private ActivityRow row(String title) {
        return asManager(() -> roadmap.timeline(ActivityFilter.ALL)).stream()
                .filter(row -> row.title().en().equals(title)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MINISTER", "UNESCO_ADVISOR", "ADMIN"})
    void onlyProjectManagersEdit(String role) {
        ActivityDraft draft = draftOf("EMIS pilot in Ahal and Ashgabat schools");
        draft.setPercentComplete(60);
        RunAs runAs = new RunAs(securityContext);

        assertThatThrownBy(() -> runAs.as("someone", role, () -> service.save(draft)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as("someone", role, () -> service.shiftSuccessors(draft.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.as("someone", role, service::mayEdit)).isFalse();
        assertThat(runAs.as("someone", role, () -> service.detail(draft.getId()))).isPresent();
        assertThat(row("EMIS pilot in Ahal and Ashgabat schools").percentComplete()).isEqualTo(55);
    }

    @Test
    void aManagerCreatesAnActivity() {
        ActivityDraft draft = asManager(service::newDraft);
        draft.setTitleEn("Teacher survey on digital tools");
        draft.setActionArea(asManager(service::choices).actionAreas().getFirst());
        draft.setPlannedStart(LocalDate.of(2027, 1, 10));
        draft.setPlannedEnd(LocalDate.of(2027, 3, 31));

        long id = asManager(() -> service.save(draft)).id();

        ActivityRow saved = row("Teacher survey on digital tools");
        assertThat(saved.id()).isEqualTo(id);
        assertThat(saved.responsible()).as("the manager carries it by default").isNotNull();
        assertThat(saved.title().in(java.util.Locale.of("tk"))).as("falls back to English")
                .isEqualTo("Teacher survey on digital tools");
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndNothingChanges() {
        ActivityDraft draft = draftOf("EMIS pilot in Ahal and Ashgabat schools");
        draft.setPlannedEnd(draft.getPlannedStart().minusDays(1));

        RuleViolation refused = refusal(draft);

        assertThat(refused.field()).isEqualTo("plannedEnd");
        assertThat(refused.messageKey()).isEqualTo("activity.error.endBeforeStart");
        assertThat(row("EMIS pilot in Ahal and Ashgabat schools").plannedEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aMilestoneHasOneDate() {
        ActivityDraft draft = draftOf("EMIS concept note approved");
        draft.setPlannedEnd(draft.getPlannedStart().plusDays(3));

        assertThat(refusal(draft).messageKey()).isEqualTo("activity.error.milestoneOneDate");
    }

    @Test
    void percentCompleteStaysWithinZeroToHundred() {
        ActivityDraft draft = draftOf("EMIS pilot in Ahal and Ashgabat schools");
        draft.setPercentComplete(101);
        assertThat(refusal(draft).field()).isEqualTo("percentComplete");
        draft.setPercentComplete(-1);
        assertThat(refusal(draft).messageKey()).isEqualTo("activity.error.percent");
    }

    @Test
    void doneMeansHundredPercentWithAnActualEnd() {
        ActivityDraft draft = draftOf("EMIS pilot in Ahal and Ashgabat schools");
        draft.setStatus(ActivityStatus.DONE);
        draft.setPercentComplete(90);
        assertThat(refusal(draft).messageKey()).isEqualTo("activity.error.donePercent");

        draft.setPercentComplete(100);
        assertThat(refusal(draft).messageKey()).isEqualTo("activity.error.doneEnd");

        draft.setActualEnd(LocalDate.of(2026, 11, 20));
        asManager(() -> service.save(draft));
        assertThat(row("EMIS pilot in Ahal and Ashgabat schools").status()).isEqualTo(ActivityStatus.DONE);
    }

    @Test
    void actualDatesCannotBeInTheFuture() {
        ActivityDraft draft = draftOf("EMIS pilot in Ahal and Ashgabat schools");
        draft.setActualEnd(LocalDate.of(2026, 11, 29));

        RuleViolation refused = refusal(draft);
        assertThat(refused.messageKey()).isEqualTo("activity.error.actualInFuture");
        assertThat(refused.field()).isEqualTo("actualEnd");
    }

    @Test
    void aDependencyLoopIsRefusedAndNamed() {
        // The roll-out waits for the pilot, which waits for the concept note: the note cannot wait for the roll-out.
        ActivityDraft concept = draftOf("EMIS concept note approved");
        concept.setPredecessors(Set.of(new Choice(idOf("EMIS national roll-out"), null)));

        RuleViolation refused = refusal(concept);

        assertThat(refused.messageKey()).isEqualTo("activity.error.cycle");
        assertThat(refused.arguments()[0]).isEqualTo("«EMIS concept note approved» → «EMIS national roll-out» → "
                + "«EMIS pilot in Ahal and Ashgabat schools» → «EMIS concept note approved»");
        assertThat(asManager(() -> service.detail(concept.getId())).orElseThrow().predecessors())
                .extracting(choice -> choice.name().en()).containsExactly("EMIS needs assessment");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstKept() {
        ActivityDraft first = draftOf("EMIS pilot in Ahal and Ashgabat schools");
        ActivityDraft second = draftOf("EMIS pilot in Ahal and Ashgabat schools");
        first.setPercentComplete(60);
        second.setPercentComplete(70);

        asManager(() -> service.save(first));
        entityManager.flush();

        assertThatThrownBy(() -> asManager(() -> service.save(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(row("EMIS pilot in Ahal and Ashgabat schools").percentComplete()).isEqualTo(60);
        assertThat(second.getPercentComplete()).as("the refused input is still there to retry").isEqualTo(70);
    }

    @Test
    void movingAnEndPastSuccessorsStartsWarnsAndShiftingMovesTheWholeChain() {
        // The pilot ends 2026-06-30. Waiting for it: learning analytics from 2026-07-01, the roll-out from
        // 2026-09-01 and operator training from 2027-01-15.
        ActivityDraft pilot = draftOf("EMIS pilot in Ahal and Ashgabat schools");
        ActivityRow rollout = row("EMIS national roll-out");
        ActivityRow operators = row("Training of school EMIS operators in all velayats");
        pilot.setPlannedEnd(LocalDate.of(2026, 9, 15));

        var saved = asManager(() -> service.save(pilot));

        assertThat(saved.warnings()).extracting(warning -> warning.successor().en(), DependencyWarning::days)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("EMIS national roll-out", 14L),
                        org.assertj.core.groups.Tuple.tuple("Learning analytics module for the e-learning platform", 76L));
        assertThat(row("EMIS national roll-out").plannedStart()).as("nothing moves on its own")
                .isEqualTo(rollout.plannedStart());

        int moved = asManager(() -> service.shiftSuccessors(pilot.getId()));
        entityManager.flush();
        entityManager.clear();

        // Everything after the pilot moves by the largest overlap, so the chain keeps its shape.
        assertThat(moved).isGreaterThanOrEqualTo(3);
        assertThat(row("EMIS national roll-out").plannedStart()).isEqualTo(rollout.plannedStart().plusDays(76));
        assertThat(row("EMIS national roll-out").plannedEnd()).isEqualTo(rollout.plannedEnd().plusDays(76));
        assertThat(row("Training of school EMIS operators in all velayats").plannedStart())
                .isEqualTo(operators.plannedStart().plusDays(76));
        assertThat(asManager(() -> service.detail(pilot.getId())).orElseThrow().warnings()).isEmpty();
    }

    @Test
    void aMeetingDecisionBecomesAnActivityOnce() {
        // June 2023: IITE offered technical assistance; nothing follows that decision up yet.
        Meeting june = meetings.findAll().stream().filter(m -> m.getHeldOn().equals(LocalDate.of(2023, 6, 1)))
                .findFirst().orElseThrow();
        assertThat(june.getDecisions().getFirst().isFollowedUp()).isFalse();
        ActivityDraft draft = asManager(() -> service.draftFromDecision(june.getId(), 0)).orElseThrow();
        assertThat(draft.getTitleEn()).startsWith("IITE offers UNESCO technical assistance");
        draft.setActionArea(asManager(service::choices).actionAreas().getFirst());

        long id = asManager(() -> service.save(draft)).id();
        entityManager.flush();
        entityManager.clear();

        ActivityDetail detail = asManager(() -> service.detail(id)).orElseThrow();
        assertThat(detail.meetingDate()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(meetings.findById(june.getId()).orElseThrow().getDecisions().getFirst().activityId()).isEqualTo(id);
        assertThat(asManager(() -> service.draftFromDecision(june.getId(), 0))).as("already followed up").isEmpty();
    }

    @Test
    void aDecisionAlreadyFollowedUpCannotBeTakenAgain() {
        Meeting june = meetings.findAll().stream().filter(m -> m.getHeldOn().equals(LocalDate.of(2023, 6, 1)))
                .findFirst().orElseThrow();
        ActivityDraft first = asManager(() -> service.draftFromDecision(june.getId(), 0)).orElseThrow();
        ActivityDraft second = asManager(() -> service.draftFromDecision(june.getId(), 0)).orElseThrow();
        first.setActionArea(asManager(service::choices).actionAreas().getFirst());
        second.setActionArea(first.getActionArea());
        asManager(() -> service.save(first));

        assertThat(refusal(second).messageKey()).isEqualTo("meeting.error.followedUpAlready");
    }
}
