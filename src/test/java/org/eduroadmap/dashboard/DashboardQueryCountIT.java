package org.eduroadmap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import org.eduroadmap.TestClock;
import org.eduroadmap.kpi.Kpi;
import org.eduroadmap.kpi.KpiMeasurement;
import org.eduroadmap.kpi.KpiMeasurementRepository;
import org.eduroadmap.kpi.KpiRepository;
import org.eduroadmap.kpi.MeasurementStatus;
import org.eduroadmap.organisation.Region;
import org.eduroadmap.organisation.RegionRepository;

/**
 * The dashboard is aggregated in the database: the number of SQL statements behind it does not grow
 * with the number of measurements. Runs on a database of its own, since it adds many rows.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:dashboard-statements;DB_CLOSE_DELAY=-1",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "spring.jpa.properties.hibernate.jdbc.batch_size=500"})
@Import(TestClock.class)
class DashboardQueryCountIT {

    @Autowired
    DashboardService dashboard;
    @Autowired
    KpiRepository kpis;
    @Autowired
    KpiMeasurementRepository measurements;
    @Autowired
    RegionRepository regions;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TransactionTemplate transaction;

    private long statementsFor(int year) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        DashboardData data = dashboard.dashboard(year);
        assertThat(data.kpis()).isNotEmpty();
        return statistics.getPrepareStatementCount();
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void statementsStayTheSameWithTenTimesTheMeasurements() {
        long measurementsBefore = measurements.count();
        long whole = statementsFor(2026);
        // Measured, like the second, right after values of every KPI were approved: each KPI is judged again.
        addApprovedRegionalHistory(1999, 1999);
        long small = statementsFor(2026);

        addApprovedRegionalHistory(2000, 2018);
        assertThat(measurements.count()).isGreaterThan(measurementsBefore * 10);
        long large = statementsFor(2026);

        assertThat(large).isEqualTo(small);
        // The budget for a whole screen is 15 statements; the dashboard's data stays well inside it.
        assertThat(whole).isLessThanOrEqualTo(10);
        assertThat(small).isLessThanOrEqualTo(whole);
    }

    /** Approved regional values for some years, four per KPI, region and year: rows the dashboard must not loop over. */
    private void addApprovedRegionalHistory(int fromYear, int toYear) {
        transaction.executeWithoutResult(status -> {
            List<Region> allRegions = regions.findAllByOrderBySortOrder();
            Instant now = TestClock.NOW;
            List<KpiMeasurement> batch = new ArrayList<>();
            for (Kpi kpi : kpis.findAll()) {
                for (int year = fromYear; year <= toYear; year++) {
                    for (Region region : allRegions) {
                        for (int quarter = 1; quarter <= 4; quarter++) {
                            KpiMeasurement value = new KpiMeasurement(kpi, year, region, BigDecimal.valueOf(quarter),
                                    "statement test", "manager", now);
                            value.moveTo(MeasurementStatus.APPROVED, null, now);
                            batch.add(value);
                        }
                    }
                }
            }
            measurements.saveAll(batch);
        });
    }
}
