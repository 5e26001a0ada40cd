package org.eduroadmap.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.InputRules;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.base.SafeText;
import org.eduroadmap.kpi.Kpi;
import org.eduroadmap.kpi.KpiRepository;
import org.eduroadmap.meeting.Meeting;
import org.eduroadmap.meeting.MeetingRepository;
import org.eduroadmap.meeting.MeetingService;
import org.eduroadmap.organisation.OrganisationRepository;
import org.eduroadmap.roadmap.Schedule.Dates;
import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;
import org.eduroadmap.security.Role;

/**
 * Keeping the Roadmap's activities and milestones up to date. Project managers edit; everyone signed in
 * reads. Every rule is checked here, before anything is written, whatever screen sent the change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActivityService {

    public static final int TITLE_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 4000;

    private final ActivityRepository activities;
    private final ActionAreaRepository actionAreas;
    private final OrganisationRepository organisations;
    private final AppUserRepository users;
    private final KpiRepository kpis;
    private final MeetingRepository meetings;
    private final MeetingService meetingService;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;

    private final RoadmapTallies tallies;

    ActivityService(ActivityRepository activities, ActionAreaRepository actionAreas,
                    OrganisationRepository organisations, AppUserRepository users, KpiRepository kpis,
                    MeetingRepository meetings, MeetingService meetingService,
                    SecurityContextHolderStrategy securityContext, Clock clock, RoadmapTallies tallies) {
        this.activities = activities;
        this.tallies = tallies;
        this.actionAreas = actionAreas;
        this.organisations = organisations;
        this.users = users;
        this.kpis = kpis;
        this.meetings = meetings;
        this.meetingService = meetingService;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    /** Whether the signed-in user may edit the Roadmap: screens show edit controls only then. */
    public boolean mayEdit() {
        var authentication = securityContext.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(Role.PROJECT_MANAGER.authority()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<ActivityDetail> detail(long id) {
        return activities.findRow(id).map(row -> {
            Activity activity = activities.findById(id).orElseThrow();
            Neighbourhood neighbourhood = neighbourhood(id);
            List<Dependency> dependencies = neighbourhood.dependencies();
            Map<Long, ActivityRow> rows = neighbourhood.rows();
            List<Choice> predecessors = dependencies.stream().filter(d -> d.successor() == id)
                    .map(d -> choice(rows.get(d.predecessor()))).sorted(byStart(rows)).toList();
            List<Choice> successors = dependencies.stream().filter(d -> d.predecessor() == id)
                    .map(d -> choice(rows.get(d.successor()))).sorted(byStart(rows)).toList();
            List<ActivityDetail.KpiLink> kpiLinks = activity.getKpis().stream()
                    .sorted(Comparator.comparing(Kpi::getCode))
                    .map(kpi -> new ActivityDetail.KpiLink(kpi.getCode(), kpi.getName())).toList();
            Meeting meeting = activity.getMeeting();
            return new ActivityDetail(row, activity.getDescription(), predecessors, successors, kpiLinks,
                    meeting == null ? null : meeting.getId(), meeting == null ? null : meeting.getHeldOn(),
                    warnings(id, dependencies, rows));
        });
    }

    /** The activity as the editor starts from it, with the version the user will save against. */
    public Optional<ActivityDraft> draft(long id) {
        return activities.findById(id).map(activity -> {
            ActivityDraft draft = new ActivityDraft();
            draft.setId(activity.getId());
            draft.setVersion(activity.getVersion());
            draft.setKind(activity.getKind());
            draft.setTitleEn(activity.getTitle().en());
            draft.setTitleRu(activity.getTitle().ru());
            draft.setTitleTk(activity.getTitle().tk());
            draft.setDescription(activity.getDescription());
            draft.setActionArea(new Choice(activity.getActionArea().getId(), activity.getActionArea().getName()));
            draft.setOwner(new Choice(activity.getOwner().getId(), activity.getOwner().getName()));
            AppUser responsible = activity.getResponsible();
            draft.setResponsible(responsible == null ? null : Choice.plain(responsible.getId(), responsible.getFullName()));
            draft.setPlannedStart(activity.getPlannedStart());
            draft.setPlannedEnd(activity.getPlannedEnd());
            draft.setActualStart(activity.getActualStart());
            draft.setActualEnd(activity.getActualEnd());
            draft.setPercentComplete(activity.getPercentComplete());
            draft.setStatus(activity.getStatus());
            draft.setPredecessors(activity.getPredecessors().stream()
                    .sorted(Comparator.comparing(Activity::getPlannedStart))
                    .map(p -> new Choice(p.getId(), p.getTitle())).collect(Collectors.toCollection(LinkedHashSet::new)));
            draft.setKpis(activity.getKpis().stream().sorted(Comparator.comparing(Kpi::getCode))
                    .map(ActivityService::kpiChoice).collect(Collectors.toCollection(LinkedHashSet::new)));
            return draft;
        });
    }

    /** A new activity starting today, owned by the user's organisation and carried by the user. */
    public ActivityDraft newDraft() {
        ActivityDraft draft = new ActivityDraft();
        LocalDate today = LocalDate.now(clock);
        draft.setPlannedStart(today);
        draft.setPlannedEnd(today.plusMonths(3));
        currentUser().ifPresent(user -> {
            draft.setResponsible(Choice.plain(user.getId(), user.getFullName()));
            if (user.getOrganisation() != null) {
                draft.setOwner(new Choice(user.getOrganisation().getId(), user.getOrganisation().getName()));
            }
        });
        return draft;
    }

    /**
     * A new activity that follows up a meeting's decision: the decision's wording as its title. Empty when
     * there is no such decision or it is already followed up.
     */
    public Optional<ActivityDraft> draftFromDecision(long meetingId, int position) {
        return meetingService.decision(meetingId, position).filter(decision -> decision.activityId() == null)
                .map(decision -> {
                    ActivityDraft draft = newDraft();
                    String wording = decision.wording();
                    draft.setTitleEn(SafeText.head(wording, TITLE_LENGTH));
                    draft.setDescription(wording);
                    draft.followUp(meetingId, position);
                    return draft;
                });
    }

    public EditorChoices choices() {
        return new EditorChoices(activities.findActionAreaChoices(), activities.findOrganisationChoices(),
                activities.findPeople().stream().map(row -> Choice.plain((Long) row[0], (String) row[1])).toList(),
                activities.findKpis().stream().map(row -> kpiChoice((Long) row[0], (String) row[1],
                        (LocalizedText) row[2])).toList());
    }

    /** Activities whose title contains {@code text} in any language, for picking predecessors. */
    public List<Choice> activityChoices(String text, int offset, int limit) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return activities.findChoices(pattern, PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
    }

    /**
     * Creates or updates an activity. Refused with a {@link RuleViolation} naming the field when a rule is
     * broken, and with an optimistic-locking failure when someone saved the activity since the user opened
     * it; in both cases nothing changes. Returns the saved activity's id and the dependencies its dates now
     * break, which are allowed but shown.
     */
    @PreAuthorize("hasRole('PROJECT_MANAGER')")
    @Transactional
    public SavedActivity save(ActivityDraft draft) {
        LocalizedText title = checkTitle(draft);
        checkDates(draft);
        ActionArea area = Optional.ofNullable(draft.getActionArea()).flatMap(c -> actionAreas.findById(c.id()))
                .orElseThrow(() -> new RuleViolation("actionArea", "activity.error.actionArea"));
        var owner = Optional.ofNullable(draft.getOwner()).flatMap(c -> organisations.findById(c.id()))
                .orElseThrow(() -> new RuleViolation("owner", "activity.error.owner"));
        AppUser responsible = draft.getResponsible() == null ? null : users.findById(draft.getResponsible().id())
                .orElseThrow(() -> new RuleViolation("responsible", "activity.error.responsible"));
        String description = InputRules.optional("description", draft.getDescription(), DESCRIPTION_LENGTH,
                "activity.error.descriptionLength");

        Activity activity;
        if (draft.getId() == null) {
            activity = new Activity(area, draft.getKind(), title, owner, draft.getPlannedStart(), draft.getPlannedEnd());
        } else {
            activity = activities.findById(draft.getId())
                    .orElseThrow(() -> new RuleViolation(null, "activity.error.gone"));
            if (activity.getVersion() != draft.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(Activity.class, activity.getId());
            }
        }
        Long formerAreaId = activity.getActionArea() == null ? null : activity.getActionArea().getId();
        LocalDate formerEnd = activity.getPlannedEnd();
        Set<Activity> predecessors = predecessors(draft);
        activity.describe(draft.getKind(), title, description, area, owner, responsible);
        activity.reschedule(draft.getPlannedStart(), draft.getPlannedEnd());
        activity.recordProgress(draft.getStatus(), draft.getPercentComplete(), draft.getActualStart(),
                draft.getActualEnd());
        activity.getPredecessors().clear();
        activity.getPredecessors().addAll(predecessors);
        activity.getKpis().clear();
        activity.getKpis().addAll(kpis.findAllById(draft.getKpis().stream().map(Choice::id).toList()));
        Activity saved = activities.saveAndFlush(activity);
        Set<Long> touchedAreas = new HashSet<>(Set.of(area.getId()));
        if (formerAreaId != null) {
            touchedAreas.add(formerAreaId);
        }
        tallies.recount(touchedAreas, formerEnd == null || formerEnd.equals(saved.getPlannedEnd())
                ? Set.of(saved.getPlannedEnd()) : Set.of(formerEnd, saved.getPlannedEnd()));
        if (draft.getId() == null && draft.getMeetingId() != null) {
            followUp(saved, draft.getMeetingId(), draft.getDecisionPosition());
        }
        Neighbourhood neighbourhood = neighbourhood(saved.getId());
        return new SavedActivity(saved.getId(), warnings(saved.getId(), neighbourhood.dependencies(),
                neighbourhood.rows()));
    }

    /**
     * Moves everything that depends on the activity, directly or through others, later by the same number
     * of days: the most its direct successors start before it ends. Returns how many activities moved.
     */
    @PreAuthorize("hasRole('PROJECT_MANAGER')")
    @Transactional
    public int shiftSuccessors(long id) {
        List<Dependency> dependencies = activities.findDependencies();
        Map<Long, ActivityRow> rows = rowsById();
        long days = warnings(id, dependencies, rows).stream().filter(w -> w.predecessorId() == id)
                .mapToLong(DependencyWarning::days).max().orElse(0);
        if (days == 0) {
            return 0;
        }
        Map<Long, Dates> dates = new HashMap<>();
        rows.forEach((key, row) -> dates.put(key, new Dates(row.plannedStart(), row.plannedEnd())));
        Map<Long, Dates> shifted = Schedule.shiftChain(id, days, predecessorsOf(dependencies), dates);
        Set<Long> touchedAreas = new HashSet<>();
        Set<LocalDate> touchedEnds = new HashSet<>();
        activities.findAllById(shifted.keySet()).forEach(activity -> {
            Dates moved = shifted.get(activity.getId());
            touchedEnds.add(activity.getPlannedEnd());
            activity.reschedule(moved.start(), moved.end());
            touchedEnds.add(moved.end());
            touchedAreas.add(activity.getActionArea().getId());
        });
        activities.flush();
        tallies.recount(touchedAreas, touchedEnds);
        return shifted.size();
    }

    private void followUp(Activity activity, long meetingId, Integer position) {
        meetingService.recordFollowUp(meetingId, position == null ? -1 : position, activity.getId());
        activity.setMeeting(meetings.getReferenceById(meetingId));
    }

    private static LocalizedText checkTitle(ActivityDraft draft) {
        String en = InputRules.required("titleEn", draft.getTitleEn(), TITLE_LENGTH, "activity.error.title",
                "activity.error.titleLength");
        String ru = InputRules.optional("titleRu", draft.getTitleRu(), TITLE_LENGTH, "activity.error.titleLength");
        String tk = InputRules.optional("titleTk", draft.getTitleTk(), TITLE_LENGTH, "activity.error.titleLength");
        return LocalizedText.of(en, ru == null ? "" : ru, tk == null ? "" : tk);
    }

    private void checkDates(ActivityDraft draft) {
        if (draft.getKind() == null) {
            throw new RuleViolation("kind", "activity.error.kind");
        }
        if (draft.getStatus() == null) {
            throw new RuleViolation("status", "activity.error.status");
        }
        LocalDate start = draft.getPlannedStart();
        LocalDate end = draft.getPlannedEnd();
        if (start == null) {
            throw new RuleViolation("plannedStart", "activity.error.plannedStart");
        }
        if (end == null) {
            throw new RuleViolation("plannedEnd", "activity.error.plannedEnd");
        }
        InputRules.plausible("plannedStart", start);
        InputRules.plausible("plannedEnd", end);
        if (draft.getKind() == ActivityKind.MILESTONE && !end.equals(start)) {
            throw new RuleViolation("plannedEnd", "activity.error.milestoneOneDate");
        }
        if (end.isBefore(start)) {
            throw new RuleViolation("plannedEnd", "activity.error.endBeforeStart");
        }
        LocalDate actualStart = draft.getActualStart();
        LocalDate actualEnd = draft.getActualEnd();
        InputRules.plausible("actualStart", actualStart);
        if (actualEnd != null && actualStart == null) {
            throw new RuleViolation("actualStart", "activity.error.actualStartMissing");
        }
        if (actualEnd != null && actualEnd.isBefore(actualStart)) {
            throw new RuleViolation("actualEnd", "activity.error.endBeforeStart");
        }
        if (draft.getKind() == ActivityKind.MILESTONE && actualEnd != null && !actualEnd.equals(actualStart)) {
            throw new RuleViolation("actualEnd", "activity.error.milestoneOneDate");
        }
        LocalDate today = LocalDate.now(clock);
        if (actualStart != null && actualStart.isAfter(today) || actualEnd != null && actualEnd.isAfter(today)) {
            throw new RuleViolation(actualEnd != null && actualEnd.isAfter(today) ? "actualEnd" : "actualStart",
                    "activity.error.actualInFuture");
        }
        Integer percent = draft.getPercentComplete();
        if (percent == null || percent < 0 || percent > 100) {
            throw new RuleViolation("percentComplete", "activity.error.percent");
        }
        if (draft.getStatus() == ActivityStatus.DONE && percent != 100) {
            throw new RuleViolation("percentComplete", "activity.error.donePercent");
        }
        if (draft.getStatus() == ActivityStatus.DONE && actualEnd == null) {
            throw new RuleViolation("actualEnd", "activity.error.doneEnd");
        }
    }

    private Set<Activity> predecessors(ActivityDraft draft) {
        Set<Long> ids = draft.getPredecessors().stream().map(Choice::id).collect(Collectors.toSet());
        List<Activity> found = activities.findAllById(ids);
        if (found.size() != ids.size()) {
            throw new RuleViolation("predecessors", "activity.error.predecessorGone");
        }
        if (draft.getId() != null) {
            Schedule.cycle(draft.getId(), ids, predecessorsOf(activities.findDependencies())).ifPresent(loop -> {
                Map<Long, ActivityRow> rows = rowsById();
                String names = loop.stream().map(id -> '«' + rows.get(id).title().en() + '»')
                        .collect(Collectors.joining(" → "));
                throw new RuleViolation("predecessors", "activity.error.cycle", names);
            });
        }
        return new HashSet<>(found);
    }

    private static List<DependencyWarning> warnings(long id, List<Dependency> dependencies, Map<Long, ActivityRow> rows) {
        return dependencies.stream().filter(d -> d.successor() == id || d.predecessor() == id).map(d -> {
            ActivityRow predecessor = rows.get(d.predecessor());
            ActivityRow successor = rows.get(d.successor());
            long days = Schedule.overlapDays(new Dates(predecessor.plannedStart(), predecessor.plannedEnd()),
                    new Dates(successor.plannedStart(), successor.plannedEnd()));
            return new DependencyWarning(predecessor.id(), predecessor.title(), successor.id(), successor.title(), days);
        }).filter(w -> w.days() > 0).toList();
    }

    private static Map<Long, Collection<Long>> predecessorsOf(List<Dependency> dependencies) {
        Map<Long, Collection<Long>> result = new HashMap<>();
        dependencies.forEach(d -> result.computeIfAbsent(d.successor(), key -> new HashSet<>()).add(d.predecessor()));
        return result;
    }

    /** The activity's direct links and the rows at both ends: what its panel and its warnings need. */
    private Neighbourhood neighbourhood(long id) {
        List<Dependency> dependencies = activities.findDependenciesOf(id);
        Set<Long> ids = new HashSet<>();
        ids.add(id);
        dependencies.forEach(d -> {
            ids.add(d.predecessor());
            ids.add(d.successor());
        });
        return new Neighbourhood(dependencies, activities.findRows(ids).stream()
                .collect(Collectors.toMap(ActivityRow::id, row -> row)));
    }

    private record Neighbourhood(List<Dependency> dependencies, Map<Long, ActivityRow> rows) {
    }

    private Map<Long, ActivityRow> rowsById() {
        return activities.findTimeline().stream().collect(Collectors.toMap(ActivityRow::id, row -> row));
    }

    private static Comparator<Choice> byStart(Map<Long, ActivityRow> rows) {
        return Comparator.comparing(choice -> rows.get(choice.id()).plannedStart());
    }

    private static Choice choice(ActivityRow row) {
        return new Choice(row.id(), row.title());
    }

    private static Choice kpiChoice(Kpi kpi) {
        return kpiChoice(kpi.getId(), kpi.getCode(), kpi.getName());
    }

    private static Choice kpiChoice(Long id, String code, LocalizedText name) {
        return new Choice(id, LocalizedText.of(code + " · " + name.en(), code + " · " + name.in(Locale.of("ru")),
                code + " · " + name.in(Locale.of("tk"))));
    }

    private Optional<AppUser> currentUser() {
        var authentication = securityContext.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : users.findByUsername(authentication.getName());
    }

    /** The saved activity and the finish-to-start dependencies its dates break. */
    public record SavedActivity(long id, List<DependencyWarning> warnings) {
    }
}
