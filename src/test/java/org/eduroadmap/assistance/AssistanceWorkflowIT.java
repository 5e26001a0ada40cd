package org.eduroadmap.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.notification.NotificationKind;

/** The request workflow through the service, per role and organisation, on the demo requests. Rolled back. */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class AssistanceWorkflowIT {

    /** Submitted to the Tehran office, nobody assigned. */
    private static final String CONNECTIVITY = "TA-2026-001";
    /** A draft to IITE. */
    private static final String OER = "TA-2026-003";
    /** IITE asked the ministry for information; Anna Sokolova assigned. */
    private static final String TRAINERS = "TA-2025-001";

    @Autowired
    RequestWorkflowService workflow;
    @Autowired
    SlaNotices slaNotices;
    @Autowired
    RequestEditingService editing;
    @Autowired
    AssistanceService assistance;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;

    private <T> T as(String user, String role, Supplier<T> action) {
        return new RunAs(securityContext).as(user, role, action);
    }

    private RequestDetail detail(String number) {
        return as("minister", "MINISTER", () -> workflow.detail(number).orElseThrow());
    }

    private long notices(String username, NotificationKind kind) {
        return entityManager.createQuery("select count(n) from Notification n where n.recipient.username = :user "
                + "and n.kind = :kind", Long.class).setParameter("user", username).setParameter("kind", kind)
                .getSingleResult();
    }

    @Test
    void theBoardHasALanePerStatusTheFilterLetsThroughEachWithItsOwnRequests() {
        var lanes = as("minister", "MINISTER", () -> assistance.board(RequestFilter.none(), 30));
        assertThat(lanes.keySet()).containsExactly(RequestStatus.values());
        lanes.forEach((status, cards) -> assertThat(cards).allMatch(card -> card.status() == status));
        assertThat(lanes.get(RequestStatus.SUBMITTED)).extracting(ListedRequest::number).containsExactly(CONNECTIVITY);
        assertThat(lanes.values()).noneMatch(cards -> cards.hasNext());

        var submitted = new RequestFilter(RequestStatus.SUBMITTED, null, null, null, false, false, null);
        assertThat(as("minister", "MINISTER", () -> assistance.board(submitted, 30)).keySet())
                .containsExactly(RequestStatus.SUBMITTED);
    }

    @Test
    void theManagerSubmitsADraftAndItIsRecorded() {
        long version = detail(OER).version();
        assertThat(as("manager", "PROJECT_MANAGER", () -> workflow.availableActions(OER)))
                .containsExactly(RequestAction.SUBMIT, RequestAction.WITHDRAW);
        as("manager", "PROJECT_MANAGER", () -> workflow.perform(OER, version, RequestAction.SUBMIT, null));
        RequestDetail submitted = detail(OER);
        assertThat(submitted.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isEqualTo(TestClock.NOW);
        assertThat(submitted.sla().state()).isEqualTo(RequestSla.State.RUNNING);
        assertThat(submitted.history()).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("Merdan Orazov");
            assertThat(row.from()).isEqualTo(RequestStatus.DRAFT);
            assertThat(row.to()).isEqualTo(RequestStatus.SUBMITTED);
        });
    }

    @Test
    void anAdvisorOfTheAddressedOfficeTakesItUpAndTheRequesterIsTold() {
        assertThat(as("gelkhoury", "UNESCO_ADVISOR", () -> workflow.availableActions(CONNECTIVITY)))
                .contains(RequestAction.TAKE);
        long before = notices("manager", NotificationKind.REQUEST_TRANSITION);
        as("gelkhoury", "UNESCO_ADVISOR",
                () -> workflow.perform(CONNECTIVITY, detail(CONNECTIVITY).version(), RequestAction.TAKE, null));
        RequestDetail taken = detail(CONNECTIVITY);
        assertThat(taken.status()).isEqualTo(RequestStatus.UNDER_REVIEW);
        assertThat(taken.assignedAdvisor()).isEqualTo("Golda El-Khoury");
        assertThat(taken.sla().state()).isIn(RequestSla.State.MET, RequestSla.State.BREACHED);
        assertThat(notices("manager", NotificationKind.REQUEST_TRANSITION)).isEqualTo(before + 1);
        assertThat(notices("gelkhoury", NotificationKind.REQUEST_TRANSITION)).isZero();
    }

    @Test
    void anAdvisorOfAnotherOfficeNeitherFindsNorActs() {
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> workflow.detail(CONNECTIVITY))).isEmpty();
        assertThat(as("advisor", "UNESCO_ADVISOR", () -> workflow.availableActions(CONNECTIVITY))).isEmpty();
        long version = detail(CONNECTIVITY).version();
        assertThatThrownBy(() -> as("advisor", "UNESCO_ADVISOR",
                () -> workflow.perform(CONNECTIVITY, version, RequestAction.TAKE, null)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("request.error.gone"));
        assertThat(detail(CONNECTIVITY).status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    void forbiddenStepsAndOtherRolesAreRefused() {
        long version = detail(OER).version();
        assertThatThrownBy(() -> as("tzhan", "UNESCO_ADVISOR",
                () -> workflow.perform(TRAINERS, detail(TRAINERS).version(), RequestAction.ANSWER, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER",
                () -> workflow.perform(OER, version, RequestAction.CLOSE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("minister", "MINISTER",
                () -> workflow.perform(OER, version, RequestAction.SUBMIT, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("minister", "MINISTER", () -> workflow.availableActions(OER))).isEmpty();
        assertThat(detail(OER).status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(detail(OER).history()).isEmpty();
    }

    @Test
    void answersAndReasonsAreRequiredAndKept() {
        long version = detail(TRAINERS).version();
        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER",
                () -> workflow.perform(TRAINERS, version, RequestAction.ANSWER, "  ")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("text"));
        as("manager", "PROJECT_MANAGER", () -> workflow.perform(TRAINERS, version, RequestAction.ANSWER,
                "40 master trainers per velayat, training in March."));
        RequestDetail answered = detail(TRAINERS);
        assertThat(answered.status()).isEqualTo(RequestStatus.UNDER_REVIEW);
        assertThat(answered.history().getLast().newValue()).isEqualTo("40 master trainers per velayat, training in March.");
        assertThat(notices("advisor", NotificationKind.REQUEST_TRANSITION)).isPositive();

        assertThatThrownBy(() -> as("advisor", "UNESCO_ADVISOR",
                () -> workflow.perform(TRAINERS, answered.version(), RequestAction.DECLINE, null)))
                .isInstanceOf(RuleViolation.class);
        as("advisor", "UNESCO_ADVISOR", () -> workflow.perform(TRAINERS, answered.version(), RequestAction.DECLINE,
                "Outside IITE's mandate this year."));
        assertThat(detail(TRAINERS).declineReason()).isEqualTo("Outside IITE's mandate this year.");
        assertThat(detail(TRAINERS).history()).extracting(HistoryRow::action)
                .endsWith(RequestAction.ANSWER, RequestAction.DECLINE);
    }

    @Test
    void aStaleVersionIsRefused() {
        long stale = detail(OER).version() - 1;
        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER",
                () -> workflow.perform(OER, stale, RequestAction.SUBMIT, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(detail(OER).status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void unansweredRequestsWarnTheOfficeOnceWhenBreached() {
        // TA-2026-001 was submitted on 17 November; on 28 November five working days are long gone.
        long before = notices("gelkhoury", NotificationKind.REQUEST_SLA_BREACHED);
        assertThat(slaNotices.notifyDueAndBreached()).isPositive();
        assertThat(notices("gelkhoury", NotificationKind.REQUEST_SLA_BREACHED)).isEqualTo(before + 1);
        slaNotices.notifyDueAndBreached();
        assertThat(notices("gelkhoury", NotificationKind.REQUEST_SLA_BREACHED)).isEqualTo(before + 1);
    }

    private RequestDraft newDraft(String title) {
        RequestDraft draft = new RequestDraft();
        draft.setTitle(title);
        draft.setDescription("Advice on the national platform's content licensing.");
        draft.setCategory(RequestCategory.DIGITAL_CONTENT);
        draft.setPriority(RequestPriority.HIGH);
        draft.setAddressedOrganisation(as("manager", "PROJECT_MANAGER", () -> assistance.unescoOffices()).getFirst());
        return draft;
    }

    @Test
    void theManagerRaisesDraftsNumberedByYear() {
        String first = as("manager", "PROJECT_MANAGER", () -> editing.save(newDraft("Licensing advice")));
        String second = as("manager", "PROJECT_MANAGER", () -> editing.save(newDraft("Second request")));
        assertThat(first).isEqualTo("TA-2026-004");
        assertThat(second).isEqualTo("TA-2026-005");
        RequestDetail detail = detail(first);
        assertThat(detail.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(detail.createdBy()).isEqualTo("Merdan Orazov");
    }

    @Test
    void draftsAreCheckedFieldByField() {
        RequestDraft blank = newDraft("  ");
        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER", () -> editing.save(blank)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("title"));
        RequestDraft toMinistry = newDraft("To the ministry itself");
        toMinistry.setAddressedOrganisation(org.eduroadmap.roadmap.Choice.plain(
                entityManager.createQuery("select o.id from Organisation o where o.code = 'MOE-TM'", Long.class)
                        .getSingleResult(), "MOE"));
        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER", () -> editing.save(toMinistry)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("addressedOrganisation"));
        RequestDraft past = newDraft("Too late");
        past.setDueDate(java.time.LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER", () -> editing.save(past)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("dueDate"));
        assertThatThrownBy(() -> as("advisor", "UNESCO_ADVISOR", () -> editing.save(newDraft("Not mine"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editsAreKeptFieldByFieldAndOnlyWhileEditable() {
        RequestDraft draft = as("manager", "PROJECT_MANAGER", () -> editing.draft(OER).orElseThrow());
        assertThat(as("manager", "PROJECT_MANAGER", () -> editing.mayEdit(OER))).isTrue();
        draft.setTitle("Open educational resources in Turkmen and Russian");
        draft.setPriority(RequestPriority.HIGH);
        as("manager", "PROJECT_MANAGER", () -> editing.save(draft));
        assertThat(detail(OER).history()).extracting(HistoryRow::field).containsExactly("title", "priority");
        assertThat(detail(OER).history().getFirst().oldValue()).isEqualTo("Open educational resources in Turkmen");

        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER", () -> editing.save(draft)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as("manager", "PROJECT_MANAGER", () -> editing.mayEdit(CONNECTIVITY))).isFalse();
        RequestDraft submitted = as("manager", "PROJECT_MANAGER", () -> editing.draft(CONNECTIVITY).orElseThrow());
        assertThatThrownBy(() -> as("manager", "PROJECT_MANAGER", () -> editing.save(submitted)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
