package org.eduroadmap.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.RuleViolation;

/** Reading meetings, recording them and following decisions up: who may, and what is checked. Rolled back. */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class MeetingServiceIT {

    private static final Pageable PAGE = PageRequest.of(0, 20);

    @Autowired
    MeetingService service;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;

    private <T> T as(String role, Supplier<T> action) {
        return new RunAs(securityContext).as(role.toLowerCase(), role, action);
    }

    private void run(String role, Runnable action) {
        new RunAs(securityContext).run(role.toLowerCase(), role, action);
    }

    private MeetingRow july() {
        return meetingOf(LocalDate.of(2023, 7, 24));
    }

    /** June 2023: one decision, which the demo leaves without follow-up. */
    private MeetingRow june() {
        return meetingOf(LocalDate.of(2023, 6, 1));
    }

    private MeetingRow meetingOf(LocalDate heldOn) {
        return as("MINISTER", () -> service.meetings(PAGE)).getContent().stream()
                .filter(row -> row.heldOn().equals(heldOn)).findFirst().orElseThrow();
    }

    /** Two Roadmap activities of the demo; the meeting feature knows activities only by id. */
    private List<Long> activities() {
        return entityManager.createNativeQuery("select id from activity order by id", Long.class)
                .setMaxResults(2).getResultList().stream().map(Long.class::cast).toList();
    }

    private static NewMeeting valid() {
        return new NewMeeting(LocalDate.of(2026, 11, 20), MeetingFormat.HYBRID,
                LocalizedText.of("EMIS design workshop", "Семинар по проектированию ИСУО", "BDMU taslama semináry"),
                "  Agreed the data model.  ",
                List.of(new MeetingDetail.Participant("Tao Zhan", "Director, UNESCO IITE"),
                        new MeetingDetail.Participant("Azat Atayev", "Deputy Minister of Education of Turkmenistan")),
                List.of("Draft the EMIS data dictionary.", "Pilot in two velayats."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MINISTER", "PROJECT_MANAGER", "UNESCO_ADVISOR", "ADMIN"})
    void everyRoleReadsMeetingsNewestFirst(String role) {
        List<MeetingRow> rows = as(role, () -> service.meetings(PAGE)).getContent();

        assertThat(rows).extracting(MeetingRow::heldOn)
                .containsExactly(LocalDate.of(2023, 7, 24), LocalDate.of(2023, 6, 1));
        assertThat(rows.get(0).decisions()).isEqualTo(3);
        assertThat(rows.get(0).participants()).isEqualTo(6);
        assertThat(rows.get(0).followedUp()).as("the demo follows every July decision up").isEqualTo(3);
        assertThat(rows.get(1).followedUp()).isZero();

        MeetingDetail detail = as(role, () -> service.meeting(rows.get(0).id())).orElseThrow();
        assertThat(detail.decisions()).extracting(MeetingDetail.Decision::position).containsExactly(0, 1, 2);
        assertThat(detail.decisions().get(1).wording()).isEqualTo("Prepare the signing of the Roadmap in the near future.");
        assertThat(detail.participants()).hasSize(6).first()
                .isEqualTo(new MeetingDetail.Participant("Gurbangul Atayeva", "Minister of Education of Turkmenistan"));

        DecisionRef decision = as(role, () -> service.decision(rows.get(0).id(), 2)).orElseThrow();
        assertThat(decision.meetingTitle().en()).isEqualTo("Online meeting on the bilateral cooperation Roadmap");
        assertThat(decision.wording()).startsWith("Exchange further on the new education management");
        assertThat(decision.isFollowedUp()).isTrue();
        assertThat(as(role, () -> service.decision(rows.get(1).id(), 0)).orElseThrow().isFollowedUp()).isFalse();
        assertThat(as(role, () -> service.mayRecord())).isEqualTo(role.equals("PROJECT_MANAGER"));
    }

    @Test
    void unknownMeetingsAndDecisionsAreEmpty() {
        long july = july().id();
        assertThat(as("ADMIN", () -> service.meeting(-1))).isEmpty();
        assertThat(as("ADMIN", () -> service.decision(july, 3))).isEmpty();
        assertThat(as("ADMIN", () -> service.decision(july, -1))).isEmpty();
        assertThat(as("ADMIN", () -> service.decision(-1, 0))).isEmpty();
    }

    @Test
    void theSearchLooksAtTitlesInEveryLanguage() {
        assertThat(as("MINISTER", () -> service.meetings("ROADMAP", PAGE)).getContent()).extracting(MeetingRow::heldOn)
                .containsExactly(LocalDate.of(2023, 7, 24));
        assertThat(as("MINISTER", () -> service.meetings("иито", PAGE)).getContent()).extracting(MeetingRow::heldOn)
                .containsExactly(LocalDate.of(2023, 6, 1));
        assertThat(as("MINISTER", () -> service.meetings("ýol kartasy", PAGE)).getContent()).hasSize(1);
        assertThat(as("MINISTER", () -> service.meetings("100%", PAGE)).getContent()).isEmpty();
        assertThat(as("MINISTER", () -> service.meetings("  ", PAGE)).getContent()).hasSize(2);
    }

    @Test
    void aProjectManagerFollowsADecisionUpOnceOnly() {
        long june = june().id();
        List<Long> activities = activities();

        run("PROJECT_MANAGER", () -> service.recordFollowUp(june, 0, activities.get(0)));
        run("PROJECT_MANAGER", () -> service.recordFollowUp(june, 0, activities.get(0)));
        entityManager.flush();
        entityManager.clear();

        assertThat(as("MINISTER", () -> service.decision(june, 0)).orElseThrow().activityId())
                .isEqualTo(activities.get(0));
        assertThat(june().followedUp()).isEqualTo(1);
        assertThatThrownBy(() -> run("PROJECT_MANAGER", () -> service.recordFollowUp(june, 0, activities.get(1))))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.field()).isEqualTo("decision");
                    assertThat(refused.messageKey()).isEqualTo("meeting.error.followedUpAlready");
                });
        assertThatThrownBy(() -> run("PROJECT_MANAGER", () -> service.recordFollowUp(june, 1, activities.get(1))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("meeting.error.noDecision"));
        assertThatThrownBy(() -> run("PROJECT_MANAGER", () -> service.recordFollowUp(-1, 0, activities.get(1))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("meeting.error.unknown"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MINISTER", "UNESCO_ADVISOR", "ADMIN"})
    void onlyProjectManagersRecordMeetingsAndFollowUps(String role) {
        long june = june().id();
        long activity = activities().get(0);

        assertThatThrownBy(() -> run(role, () -> service.recordFollowUp(june, 0, activity)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(role, () -> service.record(valid()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(role, () -> service.meetings(PAGE)).getContent()).hasSize(2);
        assertThat(as(role, () -> service.decision(june, 0)).orElseThrow().isFollowedUp()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void signedOutCallsAreRefused() {
        assertThatThrownBy(() -> service.meetings(PAGE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.meeting(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.decision(1, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.mayRecord()).isFalse();
    }

    @Test
    void aProjectManagerRecordsAMeeting() {
        long id = as("PROJECT_MANAGER", () -> service.record(valid()));
        entityManager.flush();
        entityManager.clear();

        MeetingDetail detail = as("MINISTER", () -> service.meeting(id)).orElseThrow();
        assertThat(detail.heldOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(detail.format()).isEqualTo(MeetingFormat.HYBRID);
        assertThat(detail.title().tk()).isEqualTo("BDMU taslama semináry");
        assertThat(detail.summary()).isEqualTo("Agreed the data model.");
        assertThat(detail.participants()).extracting(MeetingDetail.Participant::fullName)
                .containsExactly("Tao Zhan", "Azat Atayev");
        assertThat(detail.decisions()).extracting(MeetingDetail.Decision::wording)
                .containsExactly("Draft the EMIS data dictionary.", "Pilot in two velayats.");
        assertThat(as("MINISTER", () -> service.meetings(PAGE)).getContent().get(0).id()).isEqualTo(id);
    }

    private void refused(NewMeeting meeting, String field, String messageKey) {
        assertThatThrownBy(() -> as("PROJECT_MANAGER", () -> service.record(meeting)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(messageKey);
                });
    }

    @Test
    void everyPartOfANewMeetingIsChecked() {
        NewMeeting v = valid();
        refused(new NewMeeting(null, v.format(), v.title(), v.summary(), v.participants(), v.decisions()),
                "heldOn", "meeting.error.heldOn");
        // TestClock: 28 November 2026.
        refused(new NewMeeting(LocalDate.of(2027, 11, 29), v.format(), v.title(), v.summary(), v.participants(),
                v.decisions()), "heldOn", "meeting.error.heldOnFuture");
        refused(new NewMeeting(v.heldOn(), null, v.title(), v.summary(), v.participants(), v.decisions()),
                "format", "meeting.error.format");
        refused(new NewMeeting(v.heldOn(), v.format(), LocalizedText.of("Workshop", "Семинар", " "), v.summary(),
                v.participants(), v.decisions()), "titleTk", "meeting.error.title");
        refused(new NewMeeting(v.heldOn(), v.format(), LocalizedText.of("Workshop", "x".repeat(301), "Seminar"),
                v.summary(), v.participants(), v.decisions()), "titleRu", "meeting.error.titleLength");
        refused(new NewMeeting(v.heldOn(), v.format(), v.title(), "x".repeat(4001), v.participants(), v.decisions()),
                "summary", "meeting.error.summary");
        refused(new NewMeeting(v.heldOn(), v.format(), v.title(), v.summary(),
                List.of(new MeetingDetail.Participant("Tao Zhan", " ")), v.decisions()),
                "participants", "meeting.error.participant");
        refused(new NewMeeting(v.heldOn(), v.format(), v.title(), v.summary(), v.participants(),
                List.of("Draft.", "")), "decisions", "meeting.error.decision");

        assertThat(as("PROJECT_MANAGER", () -> service.record(new NewMeeting(LocalDate.of(2027, 11, 28),
                v.format(), v.title(), null, null, null)))).isPositive();
    }
}
