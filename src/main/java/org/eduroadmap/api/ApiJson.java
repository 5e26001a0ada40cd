package org.eduroadmap.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

import org.eduroadmap.assistance.RequestRow;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.kpi.KpiDetail;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.MeasurementRow;
import org.eduroadmap.roadmap.ActivityRow;

/**
 * What the API reads out, field by field. These records are the API's contract: field names are
 * camelCase and stay as they are; dates are ISO 8601 ({@code 2026-11-28}, instants in UTC with a
 * {@code Z}); names come in every language of the application.
 */
final class ApiJson {

    private ApiJson() {
    }

    /** A KPI judged for a year: its latest approved national value up to that year against the year's target. */
    record Kpi(String code, LocalizedText name, String priorityArea, String framework, String unit, int decimals,
               LocalizedText owner, int year, BigDecimal target, BigDecimal latestValue, Integer latestYear,
               String status, BigDecimal progressPercent) {

        static Kpi of(KpiOverview kpi, int year) {
            return new Kpi(kpi.code(), kpi.name(), kpi.priorityAreaCode(), kpi.framework().name(), kpi.unit().name(),
                    kpi.decimals(), kpi.owner(), year, kpi.target(), kpi.latestValue(), kpi.latestYear(),
                    kpi.status() == null ? null : kpi.status().name(), kpi.progressPercent());
        }
    }

    /** A KPI with its whole target path and baseline. */
    record KpiWithTargets(Kpi kpi, String description, String direction, BigDecimal baselineValue,
                          int baselineYear, boolean byRegion, String dataSource,
                          SortedMap<Integer, BigDecimal> targets) {

        static KpiWithTargets of(KpiDetail detail, int year) {
            return new KpiWithTargets(Kpi.of(detail.overview(), year), detail.description(),
                    detail.direction().name(), detail.baselineValue(), detail.baselineYear(), detail.byRegion(),
                    detail.dataSource(), detail.targets());
        }
    }

    /** A yearly value; a null region is the national figure. */
    record Measurement(long id, String kpi, int year, String region, BigDecimal value, String status, String source,
                       Instant updatedAt) {

        static Measurement of(MeasurementRow row) {
            return new Measurement(row.id(), row.kpiCode(), row.year(), row.regionCode(), row.value(),
                    row.status().name(), row.source(), row.updatedAt());
        }
    }

    record Activity(long id, String kind, LocalizedText title, String actionArea, LocalizedText owner,
                    String responsible, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                    LocalDate actualEnd, int percentComplete, String status) {

        static Activity of(ActivityRow row) {
            return new Activity(row.id(), row.kind().name(), row.title(), row.actionAreaCode(), row.owner(),
                    row.responsible(), row.plannedStart(), row.plannedEnd(), row.actualStart(), row.actualEnd(),
                    row.percentComplete(), row.status().name());
        }
    }

    /** A request for technical assistance in summary: what it is about and where it stands, no conversation. */
    record Request(String number, String title, String category, LocalizedText requestingOrganisation,
                   LocalizedText addressedOrganisation, String priority, String status, Instant createdAt,
                   LocalDate dueDate) {

        static Request of(RequestRow row) {
            return new Request(row.number(), row.title(), row.category().name(), row.requestingOrganisation(),
                    row.addressedOrganisation(), row.priority().name(), row.status().name(), row.createdAt(),
                    row.dueDate());
        }
    }

    /** A batch of values sent for approval. */
    record MeasurementBatch(List<NewMeasurement> measurements) {
    }

    /**
     * One value sent: a null or empty region is the national figure.
     *
     * @param source where the figure comes from (optional; the token's name is added)
     */
    record NewMeasurement(String kpi, Integer year, String region, BigDecimal value, String source, String comment) {
    }

    /** The answer to an accepted batch. */
    record Submitted(int submitted, String status, List<Long> ids) {
    }
}
