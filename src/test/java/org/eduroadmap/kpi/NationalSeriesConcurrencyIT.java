package org.eduroadmap.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduroadmap.Latches.await;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two approvals writing a KPI's first series line at the same moment: both commit, and the line holds the KPI's
 * approved national values. The second finds no line (the first's is not committed) and inserts its own, which
 * waits for the first and then meets its key; without the savepoint that approval failed on the duplicate key.
 */
@SpringBootTest
class NationalSeriesConcurrencyIT {

    /** A demo KPI with approved national values. */
    private static final String KPI = "SDG-4.4.1";

    @Autowired
    NationalSeriesKeeper keeper;
    @Autowired
    KpiMeasurementRepository measurements;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    private long kpiId() {
        return jdbc.queryForObject("select id from kpi where code = ?", Long.class, KPI);
    }

    /** One of the KPI's approved national yearly values. */
    private long approvedNationalValue() {
        return jdbc.queryForObject("""
                select min(id) from kpi_measurement where kpi_id = ? and status = 'APPROVED' and region_id is null
                and period_quarter is null and school_level is null and sex is null and location is null""",
                Long.class, kpiId());
    }

    private void approved(long measurementId) {
        keeper.approved(measurements.findById(measurementId).orElseThrow());
        entityManager.flush();
    }

    @AfterEach
    void rebuild() {
        keeper.run(null);
    }

    @Test
    void twoFirstLinesOfAKpiAtOnceBothCommit() throws Exception {
        long kpiId = kpiId();
        long value = approvedNationalValue();
        jdbc.update("delete from kpi_national_series where kpi_id = ?", kpiId);
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        // Two threads of their own: the common pool may have a single one on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            approved(value);
            firstWrote.countDown();
            await(firstMayCommit);
        }), threads);
        assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(
                status -> approved(value)), threads);
        Thread.sleep(500);
        firstMayCommit.countDown();

        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        threads.shutdown();
        List<YearValue> approved = measurements.findNationalSeries(kpiId);
        assertThat(approved).isNotEmpty();
        String line = jdbc.queryForObject("select history from kpi_national_series where kpi_id = ?", String.class,
                kpiId);
        assertThat(NationalSeries.parse(kpiId, line, 9999)).isEqualTo(approved);
    }
}
