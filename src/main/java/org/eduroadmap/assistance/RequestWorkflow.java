package org.eduroadmap.assistance;

import static org.eduroadmap.assistance.RequestAction.*;
import static org.eduroadmap.assistance.RequestStatus.*;
import static org.eduroadmap.security.Role.PROJECT_MANAGER;
import static org.eduroadmap.security.Role.UNESCO_ADVISOR;

import java.util.List;
import java.util.Optional;

import org.eduroadmap.security.Role;

/**
 * Every state change a request allows, as one table: who (role) may do what (action) from which
 * status, and where it leads. Whatever is not listed is refused. Whether the user belongs to the
 * right organisation is the service's concern; this table knows only roles.
 */
public final class RequestWorkflow {

    /** One allowed step. */
    public record Transition(Role role, RequestStatus from, RequestAction action, RequestStatus to) {
    }

    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(PROJECT_MANAGER, DRAFT, SUBMIT, SUBMITTED),
            new Transition(UNESCO_ADVISOR, SUBMITTED, TAKE, UNDER_REVIEW),
            new Transition(UNESCO_ADVISOR, SUBMITTED, ASSIGN, UNDER_REVIEW),
            new Transition(UNESCO_ADVISOR, UNDER_REVIEW, ASK_FOR_INFORMATION, NEEDS_INFORMATION),
            new Transition(PROJECT_MANAGER, NEEDS_INFORMATION, ANSWER, UNDER_REVIEW),
            new Transition(UNESCO_ADVISOR, UNDER_REVIEW, ACCEPT, ACCEPTED),
            new Transition(UNESCO_ADVISOR, UNDER_REVIEW, DECLINE, DECLINED),
            new Transition(UNESCO_ADVISOR, ACCEPTED, START, IN_PROGRESS),
            new Transition(UNESCO_ADVISOR, IN_PROGRESS, DELIVER, DELIVERED),
            new Transition(PROJECT_MANAGER, DELIVERED, CLOSE, CLOSED),
            new Transition(PROJECT_MANAGER, DRAFT, WITHDRAW, WITHDRAWN),
            new Transition(PROJECT_MANAGER, SUBMITTED, WITHDRAW, WITHDRAWN),
            new Transition(PROJECT_MANAGER, UNDER_REVIEW, WITHDRAW, WITHDRAWN),
            new Transition(PROJECT_MANAGER, NEEDS_INFORMATION, WITHDRAW, WITHDRAWN));

    private RequestWorkflow() {
    }

    /** Where the action leads, or empty when the role may not do it from this status. */
    public static Optional<RequestStatus> next(Role role, RequestStatus from, RequestAction action) {
        return TRANSITIONS.stream()
                .filter(t -> t.role() == role && t.from() == from && t.action() == action)
                .map(Transition::to).findFirst();
    }

    /** What the role may do from this status, in table order. */
    public static List<RequestAction> actions(Role role, RequestStatus from) {
        return TRANSITIONS.stream().filter(t -> t.role() == role && t.from() == from)
                .map(Transition::action).distinct().toList();
    }

    /** Whether the request may still be edited by the ministry: before submission, or to answer a question. */
    public static boolean editable(RequestStatus status) {
        return status == DRAFT || status == NEEDS_INFORMATION;
    }
}
