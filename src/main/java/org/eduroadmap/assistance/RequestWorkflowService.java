package org.eduroadmap.assistance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.InputRules;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.kpi.Kpi;
import org.eduroadmap.notification.NotificationKind;
import org.eduroadmap.notification.Notifier;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;
import org.eduroadmap.security.Role;

/**
 * Moving a request through its workflow. Which role may take which step from which status is
 * {@link RequestWorkflow}'s table; this service adds who the user is: an advisor acts only on requests
 * addressed to their organisation, a project manager only on those of their own. Every step is kept in
 * the history and told to the requester and the assigned advisor.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RequestWorkflowService {

    public static final int TEXT_LENGTH = 4000;
    public static final int DECLINE_LENGTH = 2000;

    private final AssistanceRequestRepository requests;
    private final RequestHistoryRepository history;
    private final AppUserRepository users;
    private final Notifier notifier;
    private final MessageSource messages;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final RequestSla sla;
    private final RequestVisibility visibility;
    private final RequestTallies tallies;

    RequestWorkflowService(AssistanceRequestRepository requests, RequestHistoryRepository history,
                           AppUserRepository users, Notifier notifier, MessageSource messages,
                           SecurityContextHolderStrategy securityContext, Clock clock, RequestVisibility visibility,
                           @Value("${eduroadmap.assistance.sla-working-days:5}") int slaWorkingDays,
                           RequestTallies tallies) {
        this.tallies = tallies;
        this.visibility = visibility;
        this.requests = requests;
        this.history = history;
        this.users = users;
        this.notifier = notifier;
        this.messages = messages;
        this.securityContext = securityContext;
        this.clock = clock;
        this.sla = new RequestSla(slaWorkingDays, clock.getZone());
    }

    /** The request when the user may see it; empty alike for a number that does not exist. */
    public Optional<RequestDetail> detail(String number) {
        return visible(number).map(this::detail);
    }

    private Optional<AssistanceRequest> visible(String number) {
        return requests.findVisible(number, visibility.current());
    }

    /** Where the request's first-response promise stands now. */
    private RequestSla.Status sla(AssistanceRequest request) {
        Instant now = clock.instant();
        Duration paused = request.getSlaPaused();
        return sla.status(request.getSubmittedAt(), request.getFirstResponseAt(), request.getSlaPausedSince(), paused,
                now);
    }

    /** The steps the signed-in user may take on the request now; screens offer exactly these. */
    public List<RequestAction> availableActions(String number) {
        Optional<AppUser> user = currentUser();
        Optional<AssistanceRequest> request = user.flatMap(u -> requests.findVisible(number, RequestVisibility.of(u)));
        if (user.isEmpty() || request.isEmpty() || !mayActOn(user.get(), request.get())) {
            return List.of();
        }
        return RequestWorkflow.actions(user.get().getRole(), request.get().getStatus());
    }

    /** The advisors of the office a request is addressed to: who it may be assigned to. */
    public List<org.eduroadmap.roadmap.Choice> assignableAdvisors(String number) {
        return visible(number).map(request -> requests
                .findAdvisorChoices(request.getAddressedOrganisation().getId()).stream()
                .map(row -> org.eduroadmap.roadmap.Choice.plain((Long) row[0], (String) row[1])).toList())
                .orElse(List.of());
    }

    /** {@link #perform(String, long, RequestAction, String, Long)} without an assignee. */
    @Transactional
    public RequestStatus perform(String number, long version, RequestAction action, String text) {
        return perform(number, version, action, text, null);
    }

    /**
     * Takes a step. Refused with {@link AccessDeniedException} when the user's role or organisation may
     * not take it now, with a {@link RuleViolation} when a required text is missing or the assignee is
     * not an advisor of the addressed office, and with an optimistic-locking failure when the request
     * changed since {@code version}; nothing changes then.
     *
     * @param assigneeId for {@link RequestAction#ASSIGN}: the advisor who will review it
     */
    @Transactional
    public RequestStatus perform(String number, long version, RequestAction action, String text, Long assigneeId) {
        AppUser actor = currentUser().orElseThrow(() -> new AccessDeniedException("No user"));
        AssistanceRequest request = requests.findVisible(number, RequestVisibility.of(actor))
                .orElseThrow(() -> new RuleViolation(null, "request.error.gone"));
        if (!mayActOn(actor, request)) {
            throw new AccessDeniedException("Not your organisation's request: " + number);
        }
        RequestStatus from = request.getStatus();
        RequestStatus to = RequestWorkflow.next(actor.getRole(), from, action)
                .orElseThrow(() -> new AccessDeniedException(action + " is not allowed from " + from));
        // A reason for declining is kept on the request itself, in a shorter column than the history's.
        String clean = InputRules.optional("text", text,
                action == RequestAction.DECLINE ? DECLINE_LENGTH : TEXT_LENGTH, "request.error.textLength");
        if (action.needsText() && clean == null) {
            throw new RuleViolation("text", "request.error.textRequired." + action.name());
        }
        if (request.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(AssistanceRequest.class, request.getId());
        }
        Instant now = clock.instant();
        if (action == RequestAction.TAKE) {
            request.assign(actor);
        } else if (action == RequestAction.ASSIGN) {
            request.assign(assignee(request, assigneeId));
        } else if (action == RequestAction.DECLINE) {
            request.decline(clean);
        }
        Duration paused = request.getSlaPausedSince() == null ? Duration.ZERO
                : sla.workingTime(request.getSlaPausedSince(), now);
        RequestTallies.Place counted = RequestTallies.Place.of(request);
        request.moveTo(to, now, actor.getRole() == Role.UNESCO_ADVISOR, paused);
        requests.saveAndFlush(request);
        tallies.moved(counted, RequestTallies.Place.of(request));
        history.save(RequestHistory.transition(request, actor, now, action, from, to, clean));
        tell(request, actor, to, now);
        return to;
    }

    private AppUser assignee(AssistanceRequest request, Long assigneeId) {
        return Optional.ofNullable(assigneeId).flatMap(users::findById)
                .filter(user -> user.getRole() == Role.UNESCO_ADVISOR && user.getOrganisation() != null
                        && user.getOrganisation().getId().equals(request.getAddressedOrganisation().getId()))
                .orElseThrow(() -> new RuleViolation("assignee", "request.error.assignee"));
    }

    /**
     * The requester and the assigned advisor hear of every step, except the one who took it and anyone who
     * may no longer see the request (an advisor of an office it is no longer addressed to).
     */
    private void tell(AssistanceRequest request, AppUser actor, RequestStatus to, Instant at) {
        Set<AppUser> recipients = new LinkedHashSet<>();
        recipients.add(request.getCreatedBy());
        if (request.getAssignedAdvisor() != null) {
            recipients.add(request.getAssignedAdvisor());
        }
        LocalizedText subject = LocalizedText.of(subject(request, to, Locale.ENGLISH),
                subject(request, to, Locale.forLanguageTag("ru")), subject(request, to, Locale.forLanguageTag("tk")));
        for (AppUser recipient : recipients) {
            if (!recipient.getId().equals(actor.getId()) && visibility.sees(recipient, request.getId())) {
                notifier.notify(recipient.getId(), NotificationKind.REQUEST_TRANSITION, subject,
                        "assistance/" + request.getNumber(),
                        "request-transition:" + request.getNumber() + ":" + to + ":" + at.toEpochMilli());
            }
        }
    }

    private String subject(AssistanceRequest request, RequestStatus to, Locale locale) {
        String status = messages.getMessage("request.status." + to.name(), null, locale);
        return messages.getMessage("request.notice.transition",
                new Object[] {request.getNumber(), request.getTitle(), status}, locale);
    }

    private static boolean mayActOn(AppUser user, AssistanceRequest request) {
        if (user.getOrganisation() == null) {
            return false;
        }
        Long organisation = user.getOrganisation().getId();
        return switch (user.getRole()) {
            case UNESCO_ADVISOR -> organisation.equals(request.getAddressedOrganisation().getId());
            case PROJECT_MANAGER -> organisation.equals(request.getRequestingOrganisation().getId());
            default -> false;
        };
    }

    private RequestDetail detail(AssistanceRequest request) {
        Activity activity = request.getActivity();
        Kpi kpi = request.getKpi();
        AppUser advisor = request.getAssignedAdvisor();
        return new RequestDetail(request.getNumber(), request.getVersion(), request.getTitle(),
                request.getDescription(), request.getCategory(), request.getRequestingOrganisation().getName(),
                request.getAddressedOrganisation().getName(), request.getPriority(), request.getStatus(),
                request.getDueDate(), advisor == null ? null : advisor.getFullName(),
                request.getCreatedBy().getFullName(), request.getCreatedAt(), request.getSubmittedAt(),
                activity == null ? null : activity.getId(), activity == null ? null : activity.getTitle(),
                kpi == null ? null : kpi.getCode(), kpi == null ? null : kpi.getName(), request.getDeclineReason(),
                sla(request), history.findRows(request.getId()));
    }

    private Optional<AppUser> currentUser() {
        var authentication = securityContext.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : users.findByUsername(authentication.getName());
    }
}
