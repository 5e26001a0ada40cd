package org.eduroadmap.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduroadmap.assistance.RequestAction.*;
import static org.eduroadmap.assistance.RequestStatus.*;
import static org.eduroadmap.security.Role.*;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.eduroadmap.security.Role;

/** Every role × status × action: the allowed ones lead where the product says, all others are refused. */
class RequestWorkflowTest {

    /** The product's rules written out independently of the table under test. */
    private static final Map<String, RequestStatus> ALLOWED = Map.ofEntries(
            Map.entry(key(PROJECT_MANAGER, DRAFT, SUBMIT), SUBMITTED),
            Map.entry(key(UNESCO_ADVISOR, SUBMITTED, TAKE), UNDER_REVIEW),
            Map.entry(key(UNESCO_ADVISOR, SUBMITTED, ASSIGN), UNDER_REVIEW),
            Map.entry(key(UNESCO_ADVISOR, UNDER_REVIEW, ASK_FOR_INFORMATION), NEEDS_INFORMATION),
            Map.entry(key(PROJECT_MANAGER, NEEDS_INFORMATION, ANSWER), UNDER_REVIEW),
            Map.entry(key(UNESCO_ADVISOR, UNDER_REVIEW, ACCEPT), ACCEPTED),
            Map.entry(key(UNESCO_ADVISOR, UNDER_REVIEW, DECLINE), DECLINED),
            Map.entry(key(UNESCO_ADVISOR, ACCEPTED, START), IN_PROGRESS),
            Map.entry(key(UNESCO_ADVISOR, IN_PROGRESS, DELIVER), DELIVERED),
            Map.entry(key(PROJECT_MANAGER, DELIVERED, CLOSE), CLOSED),
            Map.entry(key(PROJECT_MANAGER, DRAFT, WITHDRAW), WITHDRAWN),
            Map.entry(key(PROJECT_MANAGER, SUBMITTED, WITHDRAW), WITHDRAWN),
            Map.entry(key(PROJECT_MANAGER, UNDER_REVIEW, WITHDRAW), WITHDRAWN),
            Map.entry(key(PROJECT_MANAGER, NEEDS_INFORMATION, WITHDRAW), WITHDRAWN));

    private static String key(Role role, RequestStatus from, RequestAction action) {
        return role + "/" + from + "/" + action;
    }

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheProductSays() {
        int checked = 0;
        int allowed = 0;
        for (Role role : Role.values()) {
            for (RequestStatus from : RequestStatus.values()) {
                for (RequestAction action : RequestAction.values()) {
                    Optional<RequestStatus> expected = Optional.ofNullable(ALLOWED.get(key(role, from, action)));
                    assertThat(RequestWorkflow.next(role, from, action)).as(key(role, from, action)).isEqualTo(expected);
                    assertThat(RequestWorkflow.actions(role, from).contains(action)).as(key(role, from, action))
                            .isEqualTo(expected.isPresent());
                    checked++;
                    allowed += expected.isPresent() ? 1 : 0;
                }
            }
        }
        System.out.printf("RequestWorkflowTest: %d combinations checked, %d allowed, %d refused%n", checked, allowed,
                checked - allowed);
        assertThat(checked).isEqualTo(Role.values().length * RequestStatus.values().length
                * RequestAction.values().length);
        assertThat(allowed).isEqualTo(ALLOWED.size());
    }

    @Test
    void nothingLeavesAFinalStatus() {
        for (RequestStatus end : new RequestStatus[] {CLOSED, DECLINED, WITHDRAWN}) {
            for (Role role : Role.values()) {
                assertThat(RequestWorkflow.actions(role, end)).isEmpty();
            }
        }
    }

    @Test
    void ministersAndAdministratorsCannotMoveARequest() {
        for (RequestStatus from : RequestStatus.values()) {
            assertThat(RequestWorkflow.actions(MINISTER, from)).isEmpty();
            assertThat(RequestWorkflow.actions(ADMIN, from)).isEmpty();
        }
    }

    @Test
    void questionsAnswersReasonsAndNotesAreTheTextsRequired() {
        assertThat(java.util.Arrays.stream(RequestAction.values()).filter(RequestAction::needsText))
                .containsExactlyInAnyOrder(ASK_FOR_INFORMATION, ANSWER, ACCEPT, DECLINE, DELIVER);
    }
}
