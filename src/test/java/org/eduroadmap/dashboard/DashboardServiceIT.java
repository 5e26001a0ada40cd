package org.eduroadmap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

import org.eduroadmap.TestClock;
import org.eduroadmap.assistance.RequestStatus;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.KpiStatus;

/** The dashboard over the seeded demo model, in the database. */
@SpringBootTest
@Import(TestClock.class)
class DashboardServiceIT {

    @Autowired
    DashboardService dashboard;

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void countsEveryKpiOnceByStatus() {
        DashboardData data = dashboard.dashboard(2026);

        assertThat(data.kpis()).hasSize(9);
        assertThat(data.statusCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(9);
        // The demo is built to show every status but "no data".
        assertThat(data.statusCounts()).containsEntry(KpiStatus.NO_DATA, 0L);
        assertThat(data.statusCounts().get(KpiStatus.ON_TRACK)).isPositive();
        assertThat(data.statusCounts().get(KpiStatus.AT_RISK)).isPositive();
        assertThat(data.statusCounts().get(KpiStatus.OFF_TRACK)).isPositive();
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void usesOnlyApprovedValues() {
        // 2026 values are only submitted: the latest approved national value is 2025's.
        KpiOverview internet = kpi(dashboard.dashboard(2026), "SDG-4.a.1b");
        assertThat(internet.latestYear()).isEqualTo(2025);
        assertThat(internet.latestValue()).isEqualByComparingTo("77");
        assertThat(internet.target()).isEqualByComparingTo("90");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void judgesEachKpiAgainstTheTargetOfItsLatestYear() {
        // EMIS coverage: baseline 0 (2020), target 2025 = 60, value 33 → 55 % of the way: at risk.
        KpiOverview emis = kpi(dashboard.dashboard(2026), "MOE-EMIS-COVERAGE");
        assertThat(emis.progressPercent()).isEqualByComparingTo("55");
        assertThat(emis.status()).isEqualTo(KpiStatus.AT_RISK);
        // Pupils per computer, lower is better: 28 → target 2025 = 14, value 16.5 → 82.1 %: on track.
        KpiOverview pupils = kpi(dashboard.dashboard(2026), "MOE-PUPILS-PER-PC");
        assertThat(pupils.status()).isEqualTo(KpiStatus.ON_TRACK);
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void anEarlierYearLooksAtThatYearsData() {
        KpiOverview internet = kpi(dashboard.dashboard(2021), "SDG-4.a.1b");
        assertThat(internet.latestYear()).isEqualTo(2021);
        assertThat(internet.latestValue()).isEqualByComparingTo("52");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void summarisesTheRoadmapAndTheRequestPipeline() {
        DashboardData data = dashboard.dashboard(2026);

        assertThat(data.roadmap()).isPresent();
        // On 28 Nov 2026: the unsigned Roadmap milestone (June 2024), the action plan (Sept 2025),
        // the EMIS pilot (June 2026), the master trainers (Dec 2025), the platform (March 2026) and
        // broadband phase 1 (Oct 2026) are overdue.
        assertThat(data.roadmap().orElseThrow().overdue()).isEqualTo(6);
        // Textbook digitisation, the textbooks milestone, the mid-term review, the EMIS data rules,
        // the teachers' self-assessment and the computer classes fall due by 28 Dec 2026.
        assertThat(data.roadmap().orElseThrow().dueNext30Days()).isEqualTo(6);
        assertThat(data.roadmapProgress()).hasSize(5);
        Map<RequestStatus, Long> pipeline = data.requestPipeline();
        assertThat(pipeline).hasSize(RequestStatus.values().length);
        assertThat(pipeline.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
        assertThat(pipeline).containsEntry(RequestStatus.SUBMITTED, 1L).containsEntry(RequestStatus.DRAFT, 1L);
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void anAdvisorsPipelineCountsOnlyTheRequestsSentToTheirOffice() {
        Map<RequestStatus, Long> pipeline = dashboard.dashboard(2026).requestPipeline();
        // IITE's three: delivered, in progress, waiting for information; not the ministry's draft to IITE.
        assertThat(pipeline.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        assertThat(pipeline).containsEntry(RequestStatus.DRAFT, 0L).containsEntry(RequestStatus.SUBMITTED, 0L)
                .containsEntry(RequestStatus.IN_PROGRESS, 1L);
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aPriorityAreaFilterKeepsOnlyItsKpisAndCountsThem() {
        DashboardData data = dashboard.dashboard(2026, "SKILLS", null);

        assertThat(data.kpis()).extracting(KpiOverview::code).containsExactlyInAnyOrder("SDG-4.4.1", "SDG-4.c.1-DIG");
        assertThat(data.statusCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        assertThat(data.priorityAreas()).extracting(org.eduroadmap.kpi.PriorityAreaChoice::code)
                .containsExactly("CONNECTIVITY", "SKILLS", "CONTENT", "EMIS");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aRegionFilterShowsThatRegionsOwnValuesForKpisBrokenDownByRegion() {
        DashboardData dashoguz = dashboard.dashboard(2026, null, "TM-D");

        assertThat(dashoguz.kpis()).hasSize(8).extracting(KpiOverview::code).doesNotContain("MOE-DIGITAL-TEXTBOOKS");
        KpiOverview internet = kpi(dashoguz, "SDG-4.a.1b");
        assertThat(internet.latestYear()).isEqualTo(2025);
        // Dashoguz lags the national 77 % by about 14 %.
        assertThat(internet.latestValue()).isBetween(new java.math.BigDecimal("64"), new java.math.BigDecimal("69"));
        assertThat(internet.target()).as("judged against the national target").isEqualByComparingTo("90");
    }

    @Test
    void refusesAnonymousCallers() {
        assertThatThrownBy(() -> dashboard.dashboard(2026))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static KpiOverview kpi(DashboardData data, String code) {
        return data.kpis().stream().filter(kpi -> kpi.code().equals(code)).findFirst().orElseThrow();
    }
}
