package org.eduroadmap.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.InputRules;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.Pages;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.security.Role;

/**
 * Meetings of the partners and what they decided. Everyone signed in reads them; project managers,
 * who run the Roadmap, record meetings and note which activity follows up each decision.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 4000;
    static final int MAX_WORDING = 2000;
    static final int MAX_NAME = 200;
    static final int MAX_AFFILIATION = 300;

    private static final String MANAGER = "hasRole('" + Role.PROJECT_MANAGER_NAME + "')";

    private final MeetingRepository meetings;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, SecurityContextHolderStrategy securityContext, Clock clock) {
        this.meetings = meetings;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public Slice<MeetingRow> meetings(Pageable pageable) {
        return meetings("", pageable);
    }

    /** Meetings whose title contains {@code search} in English, Russian or Turkmen, newest first unless sorted. */
    @PreAuthorize("isAuthenticated()")
    public Slice<MeetingRow> meetings(String search, Pageable pageable) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return meetings.findRows(pattern, Pages.sortedOr(pageable,
                Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"))));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<MeetingDetail> meeting(long id) {
        return meetings.findById(id).map(meeting -> new MeetingDetail(meeting.getId(), meeting.getHeldOn(),
                meeting.getFormat(), meeting.getTitle(), meeting.getSummary(),
                meeting.getParticipants().stream()
                        .map(p -> new MeetingDetail.Participant(p.fullName(), p.affiliation())).toList(),
                IntStream.range(0, meeting.getDecisions().size()).mapToObj(position -> {
                    Meeting.Decision decision = meeting.getDecisions().get(position);
                    return new MeetingDetail.Decision(position, decision.wording(), decision.activityId());
                }).toList()));
    }

    /** The decision at {@code position} (from 0), for an activity that is to follow it up. */
    @PreAuthorize("isAuthenticated()")
    public Optional<DecisionRef> decision(long meetingId, int position) {
        return meetings.findById(meetingId)
                .filter(meeting -> position >= 0 && position < meeting.getDecisions().size())
                .map(meeting -> {
                    Meeting.Decision decision = meeting.getDecisions().get(position);
                    return new DecisionRef(meeting.getId(), meeting.getHeldOn(), meeting.getTitle(), position,
                            decision.wording(), decision.activityId());
                });
    }

    /** Whether the signed-in user may record meetings and follow decisions up: screens offer those only then. */
    @PreAuthorize("permitAll()")
    public boolean mayRecord() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(Role.PROJECT_MANAGER.authority()));
    }

    /** Records a meeting after checking every part of it; returns its id. */
    @PreAuthorize(MANAGER)
    @Transactional
    public long record(NewMeeting input) {
        LocalDate heldOn = input.heldOn();
        if (heldOn == null) {
            throw new RuleViolation("heldOn", "meeting.error.heldOn");
        }
        // Meetings are recorded once held; a year ahead leaves room for a planned one, not for a typo.
        if (heldOn.isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new RuleViolation("heldOn", "meeting.error.heldOnFuture");
        }
        InputRules.plausible("heldOn", heldOn);
        if (input.format() == null) {
            throw new RuleViolation("format", "meeting.error.format");
        }
        LocalizedText given = input.title() == null ? LocalizedText.of(null, null, null) : input.title();
        LocalizedText title = LocalizedText.of(title("titleEn", given.en()), title("titleRu", given.ru()),
                title("titleTk", given.tk()));
        String summary = InputRules.optional("summary", input.summary(), MAX_SUMMARY, "meeting.error.summary");
        Meeting meeting = new Meeting(heldOn, input.format(), title, summary);
        List<MeetingDetail.Participant> participants = input.participants() == null ? List.of()
                : input.participants();
        for (int i = 0; i < participants.size(); i++) {
            MeetingDetail.Participant participant = participants.get(i);
            String name = participant == null ? null : InputRules.cleaned(participant.fullName());
            String affiliation = participant == null ? null : InputRules.cleaned(participant.affiliation());
            if (name == null || affiliation == null || name.length() > MAX_NAME
                    || affiliation.length() > MAX_AFFILIATION) {
                throw new RuleViolation("participants", "meeting.error.participant", i + 1);
            }
            meeting.addParticipant(name, affiliation);
        }
        List<String> decisions = input.decisions() == null ? List.of() : new ArrayList<>(input.decisions());
        for (int i = 0; i < decisions.size(); i++) {
            String wording = InputRules.cleaned(decisions.get(i));
            if (wording == null || wording.length() > MAX_WORDING) {
                throw new RuleViolation("decisions", "meeting.error.decision", i + 1);
            }
            meeting.addDecision(wording);
        }
        return meetings.save(meeting).getId();
    }

    /**
     * Notes that the Roadmap activity {@code activityId} follows up the decision at {@code position}
     * (from 0). Saying it again for the same activity changes nothing; another activity is refused, so a
     * decision never silently changes hands.
     */
    @PreAuthorize(MANAGER)
    @Transactional
    public void recordFollowUp(long meetingId, int position, long activityId) {
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new RuleViolation("meeting", "meeting.error.unknown"));
        if (position < 0 || position >= meeting.getDecisions().size()) {
            throw new RuleViolation("decision", "meeting.error.noDecision", position + 1);
        }
        Meeting.Decision decision = meeting.getDecisions().get(position);
        if (decision.isFollowedUp()) {
            if (decision.activityId() == activityId) {
                return;
            }
            throw new RuleViolation("decision", "meeting.error.followedUpAlready", position + 1);
        }
        meeting.followUp(position, activityId);
    }

    private static String title(String field, String text) {
        return InputRules.required(field, text, MAX_TITLE, "meeting.error.title", "meeting.error.titleLength");
    }

}
