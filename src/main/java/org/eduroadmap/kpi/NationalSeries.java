package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A KPI's approved national yearly values, oldest first, kept as one line of {@code year:value} pairs so that
 * screens judging every KPI read one row per KPI. Derived data, kept in step by {@link NationalSeriesKeeper};
 * not audited.
 */
@Entity
@Table(name = "kpi_national_series")
class NationalSeries {

    @Id
    @Column(name = "kpi_id")
    private Long kpiId;

    @Column(nullable = false)
    private String history;

    protected NationalSeries() {
    }

    NationalSeries(long kpiId) {
        this.kpiId = kpiId;
        this.history = "";
    }

    Long getKpiId() {
        return kpiId;
    }

    void set(List<YearValue> values) {
        history = values.stream().map(value -> value.year() + ":" + value.value().toPlainString())
                .collect(Collectors.joining(" "));
    }

    /** The values of a line up to a year, oldest first; none for a null line (a KPI not yet counted). */
    static List<YearValue> parse(long kpiId, String history, int year) {
        List<YearValue> values = new ArrayList<>();
        if (history == null || history.isEmpty()) {
            return values;
        }
        for (String pair : history.split(" ")) {
            int colon = pair.indexOf(':');
            int valueYear = Integer.parseInt(pair, 0, colon, 10);
            if (valueYear > year) {
                break;
            }
            values.add(new YearValue(kpiId, valueYear, new BigDecimal(pair.substring(colon + 1))));
        }
        return values;
    }
}
