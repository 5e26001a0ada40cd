package org.eduroadmap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.TestClock;
import org.eduroadmap.assistance.AssistanceRequestRepository;
import org.eduroadmap.assistance.HistoryRow;
import org.eduroadmap.assistance.RequestHistoryRepository;
import org.eduroadmap.assistance.RequestStatus;
import org.eduroadmap.kpi.KpiMeasurementRepository;
import org.eduroadmap.kpi.KpiRepository;
import org.eduroadmap.meeting.Meeting;
import org.eduroadmap.meeting.MeetingRepository;
import org.eduroadmap.organisation.OrganisationRepository;
import org.eduroadmap.roadmap.ActionAreaRepository;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ActivityRepository;
import org.eduroadmap.roadmap.AreaProgress;
import org.eduroadmap.roadmap.Baseline;
import org.eduroadmap.roadmap.BaselineRepository;
import org.eduroadmap.security.AppUserRepository;
import org.eduroadmap.security.Role;

/** The demo is seeded from the story, once, into an empty database only. */
@SpringBootTest
@org.springframework.context.annotation.Import(TestClock.class)
class DemoDataIT {

    @Autowired
    DemoData demoData;
    @Autowired
    AppUserRepository users;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    KpiRepository kpis;
    @Autowired
    KpiMeasurementRepository measurements;
    @Autowired
    ActivityRepository activities;
    @Autowired
    org.eduroadmap.roadmap.RoadmapService roadmap;
    @Autowired
    ActionAreaRepository actionAreas;
    @Autowired
    BaselineRepository baselines;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    AssistanceRequestRepository requests;
    @Autowired
    RequestHistoryRepository requestHistory;

    @Test
    @Transactional
    void eachDemoRequestsHistoryLeadsStepByStepToItsStatus() {
        for (var request : requests.findAll()) {
            List<HistoryRow> steps = requestHistory.findRows(request.getId()).stream()
                    .filter(row -> row.action() != null).toList();
            if (request.getStatus() == RequestStatus.DRAFT) {
                assertThat(steps).as(request.getNumber()).isEmpty();
                continue;
            }
            assertThat(steps).as(request.getNumber()).isNotEmpty();
            assertThat(steps.getFirst().from()).as(request.getNumber()).isEqualTo(RequestStatus.DRAFT);
            for (int i = 1; i < steps.size(); i++) {
                assertThat(steps.get(i).from()).as(request.getNumber()).isEqualTo(steps.get(i - 1).to());
            }
            assertThat(steps.getLast().to()).as(request.getNumber()).isEqualTo(request.getStatus());
            assertThat(steps).as(request.getNumber()).allMatch(step -> step.actor() != null);
        }
    }

    @Test
    void seedsThePeopleAndOrganisationsOfTheStory() {
        assertThat(organisations.findByCode("UNESCO-IITE")).isPresent();
        assertThat(organisations.findByCode("UNESCO-TEHRAN")).isPresent();
        assertThat(users.findByUsername("minister").orElseThrow().getFullName()).isEqualTo("Gurbangul Atayeva");
        assertThat(users.findByUsername("mcharyyev").orElseThrow().getFullName()).isEqualTo("Maksat Charyyev");
        for (Role role : Role.values()) {
            assertThat(users.countByRole(role)).as(role.name()).isPositive();
        }
        assertThat(meetings.findAll()).extracting(meeting -> meeting.getHeldOn().toString())
                .containsExactlyInAnyOrder("2023-06-01", "2023-07-24");
    }

    @Test
    void seedsKpiValuesFor2019To2026ByRegion() {
        assertThat(kpis.count()).isEqualTo(9);
        assertThat(kpis.findByCode("SDG-4.a.1b")).isPresent();
        // 9 KPIs × 8 years nationally (less the two years before e-learning and EMIS began, and the
        // 2026 EMIS figure left to enter), plus 7 regions (Arkadag from 2023 on) for the 8 regional KPIs,
        // plus 19 parts of 2025 national values broken down by school level, sex or location.
        assertThat(measurements.count()).isEqualTo(492);
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = "MINISTER")
    void seedsARoadmapOfFiveActionAreasFrom2023To2027() {
        assertThat(activities.count()).isEqualTo(31);
        assertThat(actionAreas.count()).isEqualTo(5);
        // Each area holds 4 to 8 items; the progress chart leaves out A5's cancelled satellite pilot.
        assertThat(roadmap.summary().orElseThrow().areas()).extracting(AreaProgress::code)
                .containsExactly("A1", "A2", "A3", "A4", "A5");
        assertThat(roadmap.summary().orElseThrow().areas()).extracting(AreaProgress::activities)
                .containsExactly(7L, 6L, 6L, 6L, 5L);
        assertThat(activities.findAll()).allSatisfy(activity -> {
            assertThat(activity.getPlannedStart()).isBetween(LocalDate.of(2023, 9, 1), LocalDate.of(2027, 12, 31));
            assertThat(activity.getPlannedEnd()).isBetween(activity.getPlannedStart(), LocalDate.of(2027, 12, 31));
        });
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = "MINISTER")
    void onTheDemosTodaySixItemsAreOverdueAndSixFallDueWithinAMonth() {
        // The unsigned Roadmap, the action plan, the master trainers, the platform, the EMIS pilot and
        // the first broadband phase; the item on hold ends in 2027 and the cancelled pilot does not count.
        assertThat(roadmap.summary().orElseThrow().overdue()).isEqualTo(6);
        // The textbooks milestone, their digitisation, the mid-term review, the EMIS data rules, the
        // teachers' self-assessment and the computer classes in Dashoguz and Lebap.
        assertThat(roadmap.summary().orElseThrow().dueNext30Days()).isEqualTo(6);
    }

    @Test
    @Transactional(readOnly = true)
    void keepsTheMarch2024DraftAndTheQ3ReviewAsBaselines() {
        List<Baseline> all = baselines.findAll(Sort.by("createdAt"));
        assertThat(all).hasSize(2);
        Map<Long, Activity> byId = activities.findAll().stream()
                .collect(Collectors.toMap(Activity::getId, Function.identity()));
        Baseline draft = all.get(0);
        // Four activities were added after the draft: the EMIS data rules, the teachers' self-assessment,
        // the learning analytics module and the computer classes.
        assertThat(draft.getEntries()).hasSize(27);
        List<Baseline.Entry> slipped = draft.getEntries().stream()
                .filter(entry -> !entry.plannedEnd().equals(byId.get(entry.activityId()).getPlannedEnd()))
                .toList();
        // Each of them now ends one to six months later than drafted.
        assertThat(slipped).hasSize(7).allSatisfy(entry -> {
            YearMonth drafted = YearMonth.from(entry.plannedEnd());
            YearMonth now = YearMonth.from(byId.get(entry.activityId()).getPlannedEnd());
            assertThat(drafted.until(now, ChronoUnit.MONTHS)).isBetween(1L, 6L);
        });
        Baseline review = all.get(1);
        assertThat(review.getEntries()).hasSize(31).allSatisfy(entry -> {
            Activity activity = byId.get(entry.activityId());
            assertThat(entry.plannedStart()).isEqualTo(activity.getPlannedStart());
            assertThat(entry.plannedEnd()).isEqualTo(activity.getPlannedEnd());
        });
    }

    @Test
    @Transactional(readOnly = true)
    void eachDecisionOfTheJulyMeetingIsFollowedUpByAnActivity() {
        Meeting july = meetings.findAll().stream()
                .filter(meeting -> meeting.getHeldOn().equals(LocalDate.of(2023, 7, 24))).findFirst().orElseThrow();
        assertThat(july.getDecisions()).hasSize(3).allMatch(Meeting.Decision::isFollowedUp);
        assertThat(july.getDecisions())
                .extracting(decision -> activities.findById(decision.activityId()).orElseThrow().getTitle().en())
                .containsExactly("Draft the content of the Roadmap", "Roadmap signed", "EMIS needs assessment");
    }

    @Test
    void runningAgainChangesNothing() throws Exception {
        long before = users.count() + kpis.count() + measurements.count() + activities.count() + requests.count()
                + baselines.count();
        demoData.run(new DefaultApplicationArguments());
        assertThat(users.count() + kpis.count() + measurements.count() + activities.count() + requests.count()
                + baselines.count()).isEqualTo(before);
    }
}
