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

    String history() {
        return history;
    }

    void set(List<YearValue> values) {
        history = values.stream().map(value -> value.year() + ":" + value.value().toPlainString())
                .collect(Collectors.joining(" "));
    }

    /**
     * The values of a line up to a year, oldest first; none for a null line (a KPI not yet counted). Read in
     * place, a pair at a time: the dashboard computed afresh reads every KPI's line, and splitting them into strings
     * and parsing each value with the general parser was a third of its time (JFR, 200 KPIs x 20 years).
     */
    static List<YearValue> parse(long kpiId, String history, int year) {
        if (history == null || history.isEmpty()) {
            return new ArrayList<>();
        }
        List<YearValue> values = new ArrayList<>(history.length() / 8 + 1);
        for (int at = 0; at < history.length(); ) {
            int colon = history.indexOf(':', at);
            int end = history.indexOf(' ', colon);
            end = end < 0 ? history.length() : end;
            int valueYear = 0;
            for (int i = at; i < colon; i++) {
                valueYear = valueYear * 10 + (history.charAt(i) - '0');
            }
            if (valueYear > year) {
                break;
            }
            values.add(new YearValue(kpiId, valueYear, decimal(history, colon + 1, end)));
            at = end + 1;
        }
        return values;
    }

    /**
     * A plain decimal as {@link BigDecimal#toPlainString()} writes it ("-12.3400"), equal to what
     * {@code new BigDecimal} reads, scale included: its digits gathered into a long when they fit one.
     */
    static BigDecimal decimal(CharSequence text, int from, int to) {
        if (to - from > 18) {
            return new BigDecimal(text.subSequence(from, to).toString());
        }
        boolean negative = text.charAt(from) == '-';
        long unscaled = 0;
        int scale = -1;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' && scale < 0) {
                scale = 0;
            } else if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                scale = scale < 0 ? scale : scale + 1;
            } else {
                return new BigDecimal(text.subSequence(from, to).toString());
            }
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }
}
