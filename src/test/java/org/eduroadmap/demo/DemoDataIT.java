package org.eduroadmap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import org.eduroadmap.assistance.AssistanceRequestRepository;
import org.eduroadmap.kpi.KpiMeasurementRepository;
import org.eduroadmap.kpi.KpiRepository;
import org.eduroadmap.meeting.MeetingRepository;
import org.eduroadmap.organisation.OrganisationRepository;
import org.eduroadmap.roadmap.ActivityRepository;
import org.eduroadmap.security.AppUserRepository;
import org.eduroadmap.security.Role;

/** The demo is seeded from the story, once, into an empty database only. */
@SpringBootTest
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
    MeetingRepository meetings;
    @Autowired
    AssistanceRequestRepository requests;

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
    void runningAgainChangesNothing() throws Exception {
        long before = users.count() + kpis.count() + measurements.count() + activities.count() + requests.count();
        demoData.run(new DefaultApplicationArguments());
        assertThat(users.count() + kpis.count() + measurements.count() + activities.count() + requests.count())
                .isEqualTo(before);
    }
}
