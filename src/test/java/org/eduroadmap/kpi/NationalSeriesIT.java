package org.eduroadmap.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;

/**
 * The dashboard and the catalogue judge KPIs on each KPI's national series, one row kept in step with the
 * approved values: whatever is approved, the histories they show equal what the values themselves say.
 */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class NationalSeriesIT {

    /** The demo has no EMIS coverage figures for 2019, nationally or by region: free to record. */
    private static final String EMIS = "MOE-EMIS-COVERAGE";

    @Autowired
    KpiService kpis;
    @Autowired
    MeasurementService measurements;
    @Autowired
    KpiMeasurementRepository values;
    @Autowired
    KpiRepository kpiRepository;
    @Autowired
    NationalSeriesRepository series;
    @Autowired
    EntityManager entityManager;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    private <T> T as(String user, String role, Supplier<T> action) {
        return new RunAs(securityContext).as(user, role, action);
    }

    /** Each KPI's history on the dashboard for a year, against the approved national values read one by one. */
    private List<KpiOverview> assertHistoriesMatchTheValues(int year) {
        List<KpiOverview> overview = as("minister", "MINISTER", () -> kpis.overview(year));
        assertThat(overview).hasSize((int) kpiRepository.count());
        Map<String, Long> ids = kpiRepository.findAll().stream().collect(Collectors.toMap(Kpi::getCode, Kpi::getId));
        assertThat(overview).allSatisfy(kpi -> assertThat(kpi.history()).as(kpi.code())
                .isEqualTo(values.findNationalSeries(List.of(ids.get(kpi.code())), year)));
        return overview;
    }

    private List<YearValue> emisHistory(int year) {
        return as("minister", "MINISTER", () -> kpis.overview(year)).stream()
                .filter(kpi -> kpi.code().equals(EMIS)).findFirst().orElseThrow().history();
    }

    private void approve(String regionCode, String value) {
        long id = as("manager", "PROJECT_MANAGER", () -> measurements.record(
                new MeasurementInput(EMIS, 2019, regionCode, new BigDecimal(value), "EMIS pilot", null)));
        long version = values.findById(id).orElseThrow().getVersion();
        as("manager", "PROJECT_MANAGER", () -> {
            measurements.submit(id, version);
            return null;
        });
        entityManager.flush();
        long submitted = values.findById(id).orElseThrow().getVersion();
        as("admin", "ADMIN", () -> {
            measurements.approve(id, submitted);
            return null;
        });
        entityManager.flush();
        entityManager.clear();
    }

    @Test
    void theSeriesBuiltAtStartEqualTheApprovedValuesForEveryYear() {
        assertThat(assertHistoriesMatchTheValues(2030))
                .anySatisfy(kpi -> assertThat(kpi.history()).hasSizeGreaterThan(5));
        assertThat(assertHistoriesMatchTheValues(2022))
                .anySatisfy(kpi -> assertThat(kpi.history()).hasSizeGreaterThan(2));
        assertThat(assertHistoriesMatchTheValues(2000)).allSatisfy(kpi -> assertThat(kpi.history()).isEmpty());
    }

    @Test
    void aNationalApprovalJoinsItsKpisSeriesAndARegionalOneLeavesItAlone() {
        List<YearValue> before = emisHistory(2030);

        approve("TM-A", "2.5");
        assertThat(emisHistory(2030)).as("a regional value").isEqualTo(before);

        approve(null, "1.5");
        assertThat(emisHistory(2030)).extracting(YearValue::year).contains(2019).isSorted();
        assertThat(emisHistory(2030)).filteredOn(value -> value.year() == 2019).singleElement()
                .extracting(YearValue::value).isEqualTo(new BigDecimal("1.5000"));
        assertThat(emisHistory(2018)).as("up to a year before it").isEqualTo(before.stream()
                .filter(value -> value.year() <= 2018).toList());
        assertHistoriesMatchTheValues(2030);
    }

    @Test
    void theCataloguePageIsJudgedOnTheSameSeriesAsTheDashboard() {
        List<KpiOverview> page = as("minister", "MINISTER",
                () -> kpis.catalogue(null, null, null, 2026, PageRequest.of(0, 5)).getContent());
        Map<String, List<YearValue>> dashboard = as("minister", "MINISTER", () -> kpis.overview(2026)).stream()
                .collect(Collectors.toMap(KpiOverview::code, KpiOverview::history));

        assertThat(page).hasSize(5).allSatisfy(kpi ->
                assertThat(kpi.history()).as(kpi.code()).isEqualTo(dashboard.get(kpi.code())));
    }
}
