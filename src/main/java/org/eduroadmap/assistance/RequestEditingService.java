package org.eduroadmap.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
import org.eduroadmap.kpi.KpiRepository;
import org.eduroadmap.organisation.Organisation;
import org.eduroadmap.organisation.OrganisationKind;
import org.eduroadmap.organisation.OrganisationRepository;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ActivityRepository;
import org.eduroadmap.roadmap.Choice;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;
import org.eduroadmap.security.Role;

/**
 * The ministry writing its requests: a project manager raises a draft for their organisation and edits
 * it while it is a draft or while UNESCO waits for information. Every changed field is kept in the history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RequestEditingService {

    public static final int TITLE_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 4000;

    private final AssistanceRequestRepository requests;
    private final RequestHistoryRepository history;
    private final OrganisationRepository organisations;
    private final ActivityRepository activities;
    private final KpiRepository kpis;
    private final AppUserRepository users;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final RequestVisibility visibility;
    private final RequestTallies tallies;

    RequestEditingService(AssistanceRequestRepository requests, RequestHistoryRepository history,
                          OrganisationRepository organisations, ActivityRepository activities, KpiRepository kpis,
                          AppUserRepository users, SecurityContextHolderStrategy securityContext, Clock clock,
                          RequestVisibility visibility, RequestTallies tallies) {
        this.tallies = tallies;
        this.visibility = visibility;
        this.requests = requests;
        this.history = history;
        this.organisations = organisations;
        this.activities = activities;
        this.kpis = kpis;
        this.users = users;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    public List<Choice> activityChoices() {
        return requests.findActivityChoices();
    }

    public List<Choice> kpiChoices() {
        return requests.findKpiChoices().stream().map(row -> {
            String code = (String) row[1];
            LocalizedText name = (LocalizedText) row[2];
            return new Choice((Long) row[0], LocalizedText.of(code + " · " + name.en(), code + " · " + name.ru(),
                    code + " · " + name.tk()));
        }).toList();
    }

    /** Whether the signed-in user may edit the request now: screens show the edit button only then. */
    public boolean mayEdit(String number) {
        Optional<AppUser> user = currentUser();
        return user.isPresent() && requests.findVisible(number, RequestVisibility.of(user.get()))
                .filter(request -> RequestWorkflow.editable(request.getStatus()) && ownRequest(user.get(), request))
                .isPresent();
    }

    /** The request's fields for the form, when the user may see it. */
    public Optional<RequestDraft> draft(String number) {
        return requests.findVisible(number, visibility.current()).map(request -> {
            RequestDraft draft = new RequestDraft();
            draft.setNumber(request.getNumber());
            draft.setVersion(request.getVersion());
            draft.setTitle(request.getTitle());
            draft.setDescription(request.getDescription());
            draft.setCategory(request.getCategory());
            Organisation addressed = request.getAddressedOrganisation();
            draft.setAddressedOrganisation(new Choice(addressed.getId(), addressed.getName()));
            draft.setPriority(request.getPriority());
            draft.setDueDate(request.getDueDate());
            Activity activity = request.getActivity();
            draft.setActivity(activity == null ? null : new Choice(activity.getId(), activity.getTitle()));
            Kpi kpi = request.getKpi();
            draft.setKpi(kpi == null ? null : kpiChoices().stream().filter(c -> c.id().equals(kpi.getId()))
                    .findFirst().orElse(null));
            return draft;
        });
    }

    /**
     * Raises a draft (no number yet) or saves an edited one. Refused with a {@link RuleViolation} naming the
     * field, with {@link AccessDeniedException} for someone else's request or one no longer editable, and
     * with an optimistic-locking failure when the request changed since it was opened. Returns the number.
     */
    @PreAuthorize("hasRole('PROJECT_MANAGER')")
    @Transactional
    public String save(RequestDraft draft) {
        AppUser user = currentUser().orElseThrow(() -> new AccessDeniedException("No user"));
        if (user.getOrganisation() == null) {
            throw new AccessDeniedException("A request is raised for the user's organisation");
        }
        String title = required(draft.getTitle(), "title", TITLE_LENGTH);
        String description = required(draft.getDescription(), "description", DESCRIPTION_LENGTH);
        if (draft.getCategory() == null) {
            throw new RuleViolation("category", "request.error.category");
        }
        if (draft.getPriority() == null) {
            throw new RuleViolation("priority", "request.error.priority");
        }
        Organisation addressed = Optional.ofNullable(draft.getAddressedOrganisation())
                .flatMap(choice -> organisations.findById(choice.id()))
                .filter(organisation -> organisation.getKind() == OrganisationKind.UNESCO)
                .orElseThrow(() -> new RuleViolation("addressedOrganisation", "request.error.addressed"));
        LocalDate today = LocalDate.now(clock);
        if (draft.getDueDate() != null && draft.getDueDate().isBefore(today)) {
            throw new RuleViolation("dueDate", "request.error.dueDatePast");
        }
        InputRules.plausible("dueDate", draft.getDueDate());
        Activity activity = draft.getActivity() == null ? null : activities.findById(draft.getActivity().id())
                .orElseThrow(() -> new RuleViolation("activity", "request.error.activity"));
        Kpi kpi = draft.getKpi() == null ? null : kpis.findById(draft.getKpi().id())
                .orElseThrow(() -> new RuleViolation("kpi", "request.error.kpi"));

        AssistanceRequest request;
        List<RequestHistory> changes = new ArrayList<>();
        if (draft.getNumber() == null) {
            request = new AssistanceRequest(nextNumber(), title, description, draft.getCategory(),
                    user.getOrganisation(), addressed, draft.getPriority(), user, clock.instant());
        } else {
            request = requests.findVisible(draft.getNumber(), RequestVisibility.of(user))
                    .orElseThrow(() -> new RuleViolation(null, "request.error.gone"));
            if (!ownRequest(user, request) || !RequestWorkflow.editable(request.getStatus())) {
                throw new AccessDeniedException("Not editable now: " + request.getNumber());
            }
            if (request.getVersion() != draft.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(AssistanceRequest.class, request.getId());
            }
            changes.addAll(changes(request, user, title, description, draft, addressed, activity, kpi));
        }
        RequestTallies.Place counted = draft.getNumber() == null ? null : RequestTallies.Place.of(request);
        request.describe(title, description, draft.getCategory(), addressed, draft.getPriority());
        request.setDueDate(draft.getDueDate());
        request.link(activity, kpi);
        AssistanceRequest saved = requests.saveAndFlush(request);
        tallies.moved(counted, RequestTallies.Place.of(saved));
        history.saveAll(changes);
        return saved.getNumber();
    }

    /**
     * The requests a project manager may link to a Roadmap activity: those of their own organisation, newest
     * first. Empty for everyone else.
     */
    public List<Choice> linkableRequests() {
        return currentUser().filter(user -> user.getRole() == Role.PROJECT_MANAGER && user.getOrganisation() != null)
                .map(user -> requests.findByRequestingOrganisationIdOrderByNumberDesc(user.getOrganisation().getId())
                        .stream().map(request -> new Choice(request.getId(),
                                new LocalizedText(request.getNumber() + " · " + request.getTitle(), null, null)))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Makes exactly the chosen requests of the manager's organisation point to the activity: newly chosen ones
     * move to it (from any other activity), ones of the organisation no longer chosen lose their link; other
     * organisations' links stay as they are. Each change is kept in the request's history. Returns how many
     * requests changed.
     */
    @PreAuthorize("hasRole('PROJECT_MANAGER')")
    @Transactional
    public int linkToActivity(long activityId, Collection<Long> requestIds) {
        AppUser user = currentUser().orElseThrow(() -> new AccessDeniedException("No user"));
        Activity activity = activities.findById(activityId)
                .orElseThrow(() -> new RuleViolation("requests", "request.error.activity"));
        Set<Long> ids = new HashSet<>(requestIds);
        List<AssistanceRequest> chosen = requests.findAllById(ids);
        if (chosen.size() != ids.size()) {
            throw new RuleViolation("requests", "request.error.gone");
        }
        chosen.stream().filter(request -> !ownRequest(user, request)).findAny().ifPresent(request -> {
            throw new AccessDeniedException("Not a request of the user's organisation: " + request.getNumber());
        });
        var at = clock.instant();
        String title = activity.getTitle().en();
        List<RequestHistory> changes = new ArrayList<>();
        for (AssistanceRequest request : requests.findByActivityId(activityId)) {
            if (!ids.contains(request.getId()) && ownRequest(user, request)) {
                changes.add(RequestHistory.change(request, user, at, "activity", title, null));
                request.link(null, request.getKpi());
            }
        }
        for (AssistanceRequest request : chosen) {
            Activity before = request.getActivity();
            if (before == null || !before.getId().equals(activityId)) {
                changes.add(RequestHistory.change(request, user, at, "activity",
                        before == null ? null : before.getTitle().en(), title));
                request.link(activity, request.getKpi());
            }
        }
        history.saveAll(changes);
        return changes.size();
    }

    private List<RequestHistory> changes(AssistanceRequest before, AppUser user, String title, String description,
                                         RequestDraft draft, Organisation addressed, Activity activity, Kpi kpi) {
        List<RequestHistory> changes = new ArrayList<>();
        var at = clock.instant();
        Function<Object, String> text = value -> value == null ? null : value.toString();
        record Field(String name, Object old, Object now) {
        }
        for (Field field : List.of(
                new Field("title", before.getTitle(), title),
                new Field("description", before.getDescription(), description),
                new Field("category", before.getCategory(), draft.getCategory()),
                new Field("addressedTo", before.getAddressedOrganisation().getCode(), addressed.getCode()),
                new Field("priority", before.getPriority(), draft.getPriority()),
                new Field("dueDate", before.getDueDate(), draft.getDueDate()),
                new Field("activity", before.getActivity() == null ? null : before.getActivity().getTitle().en(),
                        activity == null ? null : activity.getTitle().en()),
                new Field("kpi", before.getKpi() == null ? null : before.getKpi().getCode(),
                        kpi == null ? null : kpi.getCode()))) {
            if (!Objects.equals(field.old(), field.now())) {
                changes.add(RequestHistory.change(before, user, at, field.name(), text.apply(field.old()),
                        text.apply(field.now())));
            }
        }
        return changes;
    }

    /** TA-{year}-{nnn}, counting on from the year's last; the unique number refuses a concurrent duplicate. */
    private String nextNumber() {
        String prefix = "TA-" + Year.now(clock).getValue() + "-";
        int last = requests.findLastNumber(prefix + "%").map(number -> Integer.parseInt(number.substring(
                prefix.length()))).orElse(0);
        return prefix + String.format("%03d", last + 1);
    }

    private static String required(String value, String field, int length) {
        return InputRules.required(field, value, length, "request.error.required", "request.error.textLength");
    }

    private static boolean ownRequest(AppUser user, AssistanceRequest request) {
        return user.getRole() == Role.PROJECT_MANAGER && user.getOrganisation() != null
                && user.getOrganisation().getId().equals(request.getRequestingOrganisation().getId());
    }

    private Optional<AppUser> currentUser() {
        var authentication = securityContext.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : users.findByUsername(authentication.getName());
    }
}
