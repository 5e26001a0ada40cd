package org.eduroadmap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

import org.eduroadmap.JdbcCounter;
import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.assistance.RequestConversationService;
import org.eduroadmap.assistance.RequestStatus;
import org.eduroadmap.kpi.KpiCommentService;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.MeasurementRow;
import org.eduroadmap.kpi.MeasurementService;

/**
 * The dashboard keeps what it computed until a record changes, on any node: a minister never sees a figure
 * older than the last committed change, and a visit with nothing changed reads only the data version.
 * Runs on a database of its own, since it approves values.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dashboard-kept;DB_CLOSE_DELAY=-1")
@Import({TestClock.class, JdbcCounter.class})
class DashboardKeptFiguresIT {

    private static final String INTERNET = "SDG-4.a.1b";

    @Autowired
    DashboardService dashboard;
    @Autowired
    AssistanceService assistance;
    @Autowired
    MeasurementService measurements;
    @Autowired
    RequestConversationService conversation;
    @Autowired
    KpiCommentService kpiComments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    TransactionTemplate transaction;

    private RunAs runAs;

    @BeforeEach
    void signIn() {
        runAs = new RunAs(securityContext);
    }

    private DashboardData asMinister() {
        return runAs.as("minister", "MINISTER", () -> dashboard.dashboard(2026));
    }

    private long version() {
        return jdbc.queryForObject("select stamp from data_version", Long.class);
    }

    private static KpiOverview internet(DashboardData data) {
        return data.kpis().stream().filter(kpi -> kpi.code().equals(INTERNET)).findFirst().orElseThrow();
    }

    @Test
    void aVisitWithNothingChangedReadsOnlyTheVersion() {
        DashboardData first = asMinister();

        JdbcCounter.reset();
        DashboardData second = asMinister();

        assertThat(JdbcCounter.statements()).isEqualTo(1);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void commentsAndTheirNotificationsLeaveTheVersionAndTheKeptFigures() {
        DashboardData before = asMinister();
        long version = version();

        runAs.run("advisor", "UNESCO_ADVISOR", () -> conversation.comment("TA-2025-001", "Draft agenda attached.",
                false));
        runAs.run("minister", "MINISTER", () -> kpiComments.comment(INTERNET, "Good progress this year."));

        assertThat(jdbc.queryForObject("select count(*) from request_comment where body = 'Draft agenda attached.'",
                Long.class)).isEqualTo(1);
        assertThat(version()).isEqualTo(version);
        JdbcCounter.reset();
        assertThat(asMinister()).isEqualTo(before);
        assertThat(JdbcCounter.statements()).isEqualTo(1);
    }

    @Test
    void anApprovedValueShowsOnTheNextVisit() {
        assertThat(internet(asMinister()).latestYear()).isEqualTo(2025);
        MeasurementRow submitted = runAs.as("admin", "ADMIN", () -> measurements.awaitingApproval()).stream()
                .filter(row -> row.kpiCode().equals(INTERNET) && row.year() == 2026 && row.regionCode() == null)
                .findFirst().orElseThrow();
        long before = version();

        runAs.run("admin", "ADMIN", () -> measurements.approve(submitted.id(), submitted.version()));

        assertThat(version()).isEqualTo(before + 1);
        KpiOverview internet = internet(asMinister());
        assertThat(internet.latestYear()).isEqualTo(2026);
        assertThat(internet.latestValue()).isEqualByComparingTo(submitted.value());
    }

    @Test
    void aRefusedChangeLeavesTheVersionAndTheFigures() {
        DashboardData before = asMinister();
        long version = version();
        MeasurementRow submitted = runAs.as("admin", "ADMIN", () -> measurements.awaitingApproval()).getFirst();

        assertThatThrownBy(() -> runAs.run("admin", "ADMIN",
                () -> measurements.approve(submitted.id(), submitted.version() + 1)))
                .isInstanceOf(RuntimeException.class);

        assertThat(version()).isEqualTo(version);
        assertThat(asMinister()).isEqualTo(before);
    }

    @Test
    void aChangeRolledBackLeavesTheVersionAndTheFigures() {
        DashboardData before = asMinister();
        long version = version();
        MeasurementRow submitted = runAs.as("admin", "ADMIN", () -> measurements.awaitingApproval()).getFirst();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            runAs.run("admin", "ADMIN", () -> measurements.approve(submitted.id(), submitted.version()));
            throw new IllegalStateException("rolled back after the approval");
        })).hasMessage("rolled back after the approval");

        assertThat(version()).isEqualTo(version);
        assertThat(asMinister()).isEqualTo(before);
    }

    @Test
    void aChangeCommittedByAnotherNodeShowsOnceItMovesTheVersion() {
        asMinister();
        // Another node behind the same database: it renames the KPI and moves the version on in one transaction.
        jdbc.update("update kpi set name_en = 'Schools connected to the internet' where code = ?", INTERNET);
        jdbc.update("update data_version set stamp = stamp + 1");

        assertThat(internet(asMinister()).name().en()).isEqualTo("Schools connected to the internet");
    }

    @Test
    void eachViewerKeepsTheirOwnPipeline() {
        long all = runAs.as("minister", "MINISTER", () -> assistance.pipeline()).values().stream()
                .mapToLong(Long::longValue).sum();
        var advisors = runAs.as("advisor", "UNESCO_ADVISOR", () -> assistance.pipeline());

        assertThat(advisors.get(RequestStatus.DRAFT)).isZero();
        assertThat(advisors.values().stream().mapToLong(Long::longValue).sum()).isLessThan(all);
        assertThat(runAs.as("minister", "MINISTER", () -> assistance.pipeline()).values().stream()
                .mapToLong(Long::longValue).sum()).isEqualTo(all);
    }
}
