package org.eduroadmap.assistance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.DataVersion;
import org.eduroadmap.base.Pages;
import org.eduroadmap.roadmap.Choice;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;
import org.eduroadmap.security.Role;

/**
 * Reading technical-assistance requests: every signed-in role reads the list, the board and the pipeline,
 * each limited to the requests {@link RequestVisibility} lets the user see.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AssistanceService {

    private final AssistanceRequestRepository requests;
    private final AppUserRepository users;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final RequestSla sla;
    private final RequestVisibility visibility;
    private final DataVersion version;
    /** The pipeline as counted for each kind of viewer, until the next change. */
    private final Cache<PipelineKey, Map<RequestStatus, Long>> keptPipelines = DataVersion.cache();

    private record PipelineKey(RequestViewer viewer, long version) {
    }

    /** How many requests the board reads at most; beyond it the filters or the list are the way. */
    static final int BOARD_READ_LIMIT = 1000;

    AssistanceService(AssistanceRequestRepository requests, AppUserRepository users,
                      SecurityContextHolderStrategy securityContext, Clock clock, RequestVisibility visibility,
                      DataVersion version, @Value("${eduroadmap.assistance.sla-working-days:5}") int slaWorkingDays) {
        this.visibility = visibility;
        this.version = version;
        this.requests = requests;
        this.users = users;
        this.securityContext = securityContext;
        this.clock = clock;
        this.sla = new RequestSla(slaWorkingDays, clock.getZone());
    }

    /** The requests that pass the filter, each with its SLA; newest first unless sorted otherwise. */
    public Slice<ListedRequest> list(RequestFilter filter, Pageable pageable) {
        // Only "waiting for me" and "assigned to me" need the user's row; visibility reads the sign-in's role.
        Optional<AppUser> user = filter.waitingForMe() || filter.assignedToMe() ? currentUser() : Optional.empty();
        Set<RequestStatus> statuses = filter.status() == null ? EnumSet.allOf(RequestStatus.class)
                : EnumSet.of(filter.status());
        Long addressedId = filter.addressedOrganisationId();
        Long requestingId = null;
        if (filter.waitingForMe()) {
            Role role = user.map(AppUser::getRole).orElse(Role.MINISTER);
            Set<RequestStatus> waiting = EnumSet.noneOf(RequestStatus.class);
            RequestWorkflow.TRANSITIONS.stream()
                    .filter(t -> t.role() == role && t.action() != RequestAction.WITHDRAW)
                    .forEach(t -> waiting.add(t.from()));
            statuses.retainAll(waiting);
            Long organisation = user.map(AppUser::getOrganisation).map(o -> o.getId()).orElse(-1L);
            if (role == Role.UNESCO_ADVISOR) {
                addressedId = addressedId == null || addressedId.equals(organisation) ? organisation : -1L;
            } else {
                requestingId = organisation;
            }
        }
        if (statuses.isEmpty()) {
            return new SliceImpl<>(List.of());
        }
        Long advisorId = filter.assignedToMe() ? user.map(AppUser::getId).orElse(-1L) : null;
        Instant now = clock.instant();
        return requests.findListRows(
                statuses.size() == RequestStatus.values().length ? null : statuses,
                filter.category(), filter.priority(), addressedId, requestingId, advisorId, containing(filter.text()),
                user.map(RequestVisibility::of).orElseGet(visibility::current),
                Pages.sortedOr(pageable, Sort.by(Sort.Direction.DESC, "createdAt")))
                .map(row -> new ListedRequest(row.number(), row.title(), row.category(), row.addressedOrganisation(),
                        row.priority(), row.status(), row.assignedAdvisor(), row.createdAt(), row.dueDate(),
                        sla.status(row.submittedAt(), row.firstResponseAt(), row.slaPausedSince(),
                                Duration.ofSeconds(row.slaPausedSeconds()), now)));
    }

    /** A LIKE pattern for the words typed, or null when none were: then the list needs no text comparison. */
    private static String containing(String text) {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return words.isEmpty() ? null : "%" + words + "%";
    }

    /**
     * The filtered requests for the board: per status (each the filter lets through, in workflow order) the
     * newest {@code perStatus}, read with one query and grouped here. A lane says it has more when it holds
     * more than that, or when more than {@link #BOARD_READ_LIMIT} requests match and some were not read.
     */
    public Map<RequestStatus, Slice<ListedRequest>> board(RequestFilter filter, int perStatus) {
        Slice<ListedRequest> read = list(filter, PageRequest.of(0, BOARD_READ_LIMIT));
        Map<RequestStatus, List<ListedRequest>> byStatus = read.stream().collect(Collectors.groupingBy(
                ListedRequest::status, () -> new EnumMap<>(RequestStatus.class), Collectors.toList()));
        Map<RequestStatus, Slice<ListedRequest>> lanes = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            if (filter.status() == null || filter.status() == status) {
                List<ListedRequest> rows = byStatus.getOrDefault(status, List.of());
                lanes.put(status, new SliceImpl<>(rows.stream().limit(perStatus).toList(), PageRequest.of(0, perStatus),
                        rows.size() > perStatus || read.hasNext()));
            }
        }
        return lanes;
    }

    /** The UNESCO offices a request may be addressed to. */
    public List<Choice> unescoOffices() {
        return requests.findUnescoOffices();
    }

    /** Whether the signed-in user raises requests: screens offer "New request" only then. */
    public boolean mayRaise() {
        return currentUser().map(user -> user.getRole() == Role.PROJECT_MANAGER).orElse(false);
    }

    /** Whether the signed-in user reviews requests for UNESCO: screens offer "assigned to me" only then. */
    public boolean reviews() {
        return currentUser().map(user -> user.getRole() == Role.UNESCO_ADVISOR).orElse(false);
    }

    public Instant now() {
        return clock.instant();
    }

    private Optional<AppUser> currentUser() {
        var authentication = securityContext.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : users.findByUsername(authentication.getName());
    }

    public Slice<RequestRow> requests(Pageable pageable) {
        return requests.findRows(visibility.current(),
                Pages.sortedOr(pageable, Sort.by(Sort.Direction.DESC, "createdAt")));
    }

    /** The requests for assistance linked to a KPI. */
    public List<RequestRow> requestsForKpi(String kpiCode) {
        return requests.findForKpi(kpiCode, visibility.current());
    }

    /** The requests for assistance linked to a Roadmap activity, by number. */
    public List<RequestRow> requestsForActivity(long activityId) {
        return requests.findForActivity(activityId, visibility.current());
    }

    /**
     * How many of the requests the user may see stand in each status, every status present (zero when none):
     * the whole pipeline for the ministry and the administration, an advisor's office's for an advisor.
     */
    public Map<RequestStatus, Long> pipeline() {
        RequestViewer viewer = visibility.current();
        return version.kept(keptPipelines, at -> new PipelineKey(viewer, at), () -> {
            Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
            for (RequestStatus status : RequestStatus.values()) {
                counts.put(status, 0L);
            }
            requests.countByStatus(viewer).forEach(count -> counts.put(count.status(), count.count()));
            return Collections.unmodifiableMap(counts);
        });
    }
}
