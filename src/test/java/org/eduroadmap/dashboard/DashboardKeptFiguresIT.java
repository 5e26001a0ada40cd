package org.eduroadmap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

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
import org.eduroadmap.base.DataVersion;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.kpi.Dimension;
import org.eduroadmap.kpi.KpiCommentService;
import org.eduroadmap.kpi.KpiDefinition;
import org.eduroadmap.kpi.KpiDefinitionService;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.kpi.KpiStatus;
import org.eduroadmap.kpi.MeasurementRow;
import org.eduroadmap.kpi.MeasurementService;
import org.eduroadmap.roadmap.ActivityDraft;
import org.eduroadmap.roadmap.ActivityFilter;
import org.eduroadmap.roadmap.ActivityRow;
import org.eduroadmap.roadmap.ActivityService;
import org.eduroadmap.roadmap.ActivityStatus;
import org.eduroadmap.roadmap.RoadmapService;
import org.eduroadmap.roadmap.RoadmapSummary;

/**
 * The dashboard keeps what it computed until a record changes, on any node: a minister never sees a figure
 * older than the last committed change, and a visit with nothing changed reads only the data version. After a
 * change, only the KPIs it touched are judged again, and the figures are those of a judgement afresh.
 * Runs on a database of its own, since it approves values.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dashboard-kept;DB_CLOSE_DELAY=-1")
@Import({TestClock.class, JdbcCounter.class})
class DashboardKeptFiguresIT {

    private static final String INTERNET = "SDG-4.a.1b";
    private static final String REGION = "TM-D";

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
    @Autowired
    KpiService kpis;
    @Autowired
    KpiDefinitionService definitions;
    @Autowired
    DataVersion dataVersion;
    @Autowired
    RoadmapService roadmap;
    @Autowired
    ActivityService activities;

    private RunAs runAs;

    @BeforeEach
    void signIn() {
        runAs = new RunAs(securityContext);
    }

    private DashboardData asMinister() {
        return runAs.as("minister", "MINISTER", () -> dashboard.dashboard(2026));
    }

    private long version() {
        return jdbc.queryForObject("select stamp from data_version where id = 1", Long.class);
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
        DashboardData after = asMinister();
        KpiOverview internet = internet(after);
        assertThat(internet.latestYear()).isEqualTo(2026);
        assertThat(internet.latestValue()).isEqualByComparingTo(submitted.value());
        assertThat(after.kpis()).isEqualTo(judgedAfresh(null));
    }

    @Test
    void anApprovalLeavesTheRoadmapsFiguresAsTheyWereKept() {
        asMinister();
        MeasurementRow submitted = runAs.as("admin", "ADMIN", () -> measurements.awaitingApproval()).getFirst();
        runAs.run("admin", "ADMIN", () -> measurements.approve(submitted.id(), submitted.version()));

        JdbcCounter.reset();
        asMinister();

        assertThat(JdbcCounter.statements())
                .as("the versions, the priority areas, the KPIs changed and that KPI, the request counts")
                .isEqualTo(5);
    }

    @Test
    void aSavedActivityShowsInTheRoadmapsFiguresOnTheNextVisit() {
        RoadmapSummary before = asMinister().roadmap().orElseThrow();
        ActivityRow open = runAs.as("manager", "PROJECT_MANAGER", () -> roadmap.timeline(ActivityFilter.ALL)).stream()
                .filter(row -> row.percentComplete() < 100 && row.plannedStart().isBefore(LocalDate.of(2026, 11, 1)))
                .findFirst().orElseThrow();

        runAs.run("manager", "PROJECT_MANAGER", () -> {
            ActivityDraft draft = activities.draft(open.id()).orElseThrow();
            draft.setPercentComplete(100);
            draft.setStatus(ActivityStatus.DONE);
            LocalDate started = draft.getActualStart() == null ? draft.getPlannedStart() : draft.getActualStart();
            draft.setActualStart(started);
            draft.setActualEnd(started);
            activities.save(draft);
        });

        RoadmapSummary after = asMinister().roadmap().orElseThrow();
        assertThat(after.progressPercent()).isGreaterThan(before.progressPercent());
        assertThat(after).isEqualTo(afresh(() -> roadmap.summary()).orElseThrow());
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
        // Another node behind the same database: it renames the KPI, moves the version on and writes down which
        // KPI it changed, in one transaction.
        transaction.executeWithoutResult(status -> {
            jdbc.update("update kpi set name_en = 'Schools connected to the internet' where code = ?", INTERNET);
            jdbc.update("update data_version set stamp = stamp + 1");
            jdbc.update("insert into kpi_change (version, kpi_id) select d.stamp, k.id from data_version d, kpi k"
                    + " where d.id = 1 and k.code = ?", INTERNET);
        });

        assertThat(internet(asMinister()).name().en()).isEqualTo("Schools connected to the internet");
    }

    /** Every KPI judged afresh, as if nothing had been kept. */
    private List<KpiOverview> judgedAfresh(String regionCode) {
        return afresh(() -> kpis.overview(2026, regionCode));
    }

    /** Computed as if nothing had been kept: in a transaction that has changed records, rolled back. */
    private <T> T afresh(Supplier<T> figures) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            dataVersion.changing();
            return runAs.as("minister", "MINISTER", figures);
        });
    }

    private List<Long> kpisChangedAtTheLatestVersion() {
        return jdbc.queryForList("select kpi_id from kpi_change where version = (select stamp from data_version"
                + " where id = 1)", Long.class);
    }

    private void redefine(String code, UnaryOperator<KpiDefinition> change) {
        runAs.run("admin", "ADMIN", () -> definitions.save(change.apply(definitions.definition(code).orElseThrow())));
    }

    @Test
    void aRedefinedKpiIsJudgedAgainInItsPlaceAndTheOthersAsTheyWere() {
        DashboardData before = asMinister();
        long internetId = jdbc.queryForObject("select id from kpi where code = ?", Long.class, INTERNET);

        redefine(INTERNET, kpi -> {
            SortedMap<Integer, BigDecimal> targets = new TreeMap<>(kpi.targets());
            // Reached in the year of its latest value, and this year's the same.
            targets.put(internet(before).latestYear(), internet(before).latestValue());
            targets.put(2026, internet(before).latestValue());
            return new KpiDefinition(kpi.code(), new LocalizedText("Schools online", kpi.name().ru(), kpi.name().tk()),
                    kpi.description(), kpi.priorityAreaCode(), kpi.unit(), kpi.direction(), kpi.decimals(),
                    kpi.baselineValue(), kpi.baselineYear(), kpi.onTrackPercent(), kpi.atRiskPercent(),
                    kpi.dataSource(), targets, kpi.dimensions(), kpi.version());
        });

        assertThat(kpisChangedAtTheLatestVersion()).containsExactly(internetId);
        DashboardData after = asMinister();
        assertThat(internet(after).name().en()).isEqualTo("Schools online");
        assertThat(internet(after).target()).isEqualByComparingTo(internet(before).latestValue());
        assertThat(internet(after).status()).isEqualTo(KpiStatus.ON_TRACK);
        assertThat(after.kpis()).isEqualTo(judgedAfresh(null));
        assertThat(after.kpis()).extracting(KpiOverview::code).isEqualTo(before.kpis().stream()
                .map(KpiOverview::code).toList());
        assertThat(after.kpis().stream().filter(kpi -> !kpi.code().equals(INTERNET)).toList())
                .isEqualTo(before.kpis().stream().filter(kpi -> !kpi.code().equals(INTERNET)).toList());
    }

    @Test
    void aNewKpiJoinsTheFiguresInItsPlace() {
        DashboardData before = asMinister();
        KpiDefinition internet = runAs.as("admin", "ADMIN", () -> definitions.definition(INTERNET)).orElseThrow();
        String owner = jdbc.queryForObject("select o.code from kpi k join organisation o"
                + " on o.id = k.owner_organisation_id where k.code = ?", String.class, INTERNET);

        runAs.run("admin", "ADMIN", () -> definitions.create(new KpiDefinition("MOE-SCHOOLS-ONLINE",
                new LocalizedText("Schools with a website", "Школы с сайтом", "Web sahypaly mekdepler"),
                internet.description(), internet.priorityAreaCode(), internet.unit(), internet.direction(),
                internet.decimals(), internet.baselineValue(), internet.baselineYear(), internet.onTrackPercent(),
                internet.atRiskPercent(), internet.dataSource(), internet.targets(), internet.dimensions(), 0),
                null, owner));

        DashboardData after = asMinister();
        assertThat(after.kpis()).hasSize(before.kpis().size() + 1);
        assertThat(after.kpis()).extracting(KpiOverview::code).contains("MOE-SCHOOLS-ONLINE").isSorted();
        assertThat(after.kpis()).isEqualTo(judgedAfresh(null));
    }

    @Test
    void aKpiNoLongerBrokenDownByRegionLeavesTheRegionsFiguresAndComesBackInItsPlace() {
        List<KpiOverview> before = runAs.as("minister", "MINISTER", () -> dashboard.dashboard(2026, null, REGION))
                .kpis();
        assertThat(before).hasSizeGreaterThan(1);
        String regional = before.get(before.size() / 2).code();
        Set<Dimension> dimensions = runAs.as("admin", "ADMIN", () -> definitions.definition(regional))
                .orElseThrow().dimensions();

        redefine(regional, kpi -> withDimensions(kpi, EnumSet.noneOf(Dimension.class)));

        List<KpiOverview> without = runAs.as("minister", "MINISTER", () -> dashboard.dashboard(2026, null, REGION))
                .kpis();
        assertThat(without).extracting(KpiOverview::code).doesNotContain(regional).hasSize(before.size() - 1);
        assertThat(without).isEqualTo(judgedAfresh(REGION));

        redefine(regional, kpi -> withDimensions(kpi, dimensions));

        assertThat(runAs.as("minister", "MINISTER", () -> dashboard.dashboard(2026, null, REGION)).kpis())
                .isEqualTo(before);
    }

    private static KpiDefinition withDimensions(KpiDefinition kpi, Set<Dimension> dimensions) {
        return new KpiDefinition(kpi.code(), kpi.name(), kpi.description(), kpi.priorityAreaCode(), kpi.unit(),
                kpi.direction(), kpi.decimals(), kpi.baselineValue(), kpi.baselineYear(), kpi.onTrackPercent(),
                kpi.atRiskPercent(), kpi.dataSource(), kpi.targets(), dimensions, kpi.version());
    }

    @Test
    void aChangeElsewhereJudgesNoKpiAgain() {
        List<KpiOverview> before = runAs.as("minister", "MINISTER", () -> kpis.overview(2026));
        // Another node took a request: no KPI changed.
        jdbc.update("update data_version set stamp = stamp + 1 where id = 1");

        JdbcCounter.reset();
        List<KpiOverview> after = runAs.as("minister", "MINISTER", () -> kpis.overview(2026));

        assertThat(after).isEqualTo(before);
        assertThat(JdbcCounter.statements()).as("the version, then the KPIs changed since").isEqualTo(2);
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
