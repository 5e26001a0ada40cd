package org.eduroadmap.kpi;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.KeptCounts;

/**
 * Keeps each KPI's {@link NationalSeries} in step with its approved national yearly values: an approval
 * rewrites its KPI's line in the same transaction (the row locked meanwhile), and every start of the
 * application rewrites every line, so values written by other means (demo or scale data, a restored backup)
 * are counted too. Approved values never change or go, so nothing else can move a line.
 */
@Component
@Order(100)
class NationalSeriesKeeper implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalSeriesKeeper.class);

    private final NationalSeriesRepository series;
    private final KpiMeasurementRepository measurements;
    private final KpiRepository kpis;
    private final JdbcTemplate jdbc;

    NationalSeriesKeeper(NationalSeriesRepository series, KpiMeasurementRepository measurements,
                         KpiRepository kpis, JdbcTemplate jdbc) {
        this.series = series;
        this.measurements = measurements;
        this.kpis = kpis;
        this.jdbc = jdbc;
    }

    /** Rewrites a KPI's line after one of its national yearly values was approved. */
    @Transactional(propagation = Propagation.MANDATORY)
    void approved(KpiMeasurement measurement) {
        if (!measurement.isNationalYearly()) {
            return;
        }
        long kpiId = measurement.getKpi().getId();
        NationalSeries line = series.findForUpdate(kpiId).orElseGet(() -> {
            // The KPI's first approved national value. Another approval of it may be inserting the line at this
            // moment: the insert then waits for it, is undone, and this approval writes that line after it.
            KeptCounts.insertIfAbsent(jdbc, "insert into kpi_national_series (kpi_id, history) values (?, '')",
                    new Object[]{kpiId});
            return series.findForUpdate(kpiId).orElseThrow();
        });
        line.set(measurements.findNationalSeries(kpiId));
        series.save(line);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Map<Long, NationalSeries> lines = series.findAllForUpdate().stream()
                .collect(Collectors.toMap(NationalSeries::getKpiId, Function.identity()));
        Map<Long, List<YearValue>> values = measurements.findAllNationalSeries().stream()
                .collect(Collectors.groupingBy(YearValue::kpiId));
        for (long kpiId : kpis.findAllIds()) {
            NationalSeries line = lines.computeIfAbsent(kpiId, NationalSeries::new);
            line.set(values.getOrDefault(kpiId, List.of()));
            series.save(line);
        }
        log.info("National series of {} KPIs rebuilt in {} ms.", lines.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
