package org.eduroadmap.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a measurement file, in template order. Headers are matched without regard to case. */
public enum ImportColumn {
    KPI_CODE(true),
    YEAR(true),
    REGION_CODE(false),
    SCHOOL_LEVEL(false),
    SEX(false),
    LOCATION(false),
    VALUE(true),
    COMMENT(false);

    private final boolean required;

    ImportColumn(boolean required) {
        this.required = required;
    }

    /** The header as written in a file: {@code kpi_code}, {@code year}, … */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean required() {
        return required;
    }

    static Optional<ImportColumn> ofHeader(String header) {
        String normalised = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return Arrays.stream(values()).filter(column -> column.header().equals(normalised)).findFirst();
    }

    /** All headers, comma-separated, to tell the user what a file must start with. */
    public static String expectedHeaders() {
        return String.join(", ", List.of(values()).stream().map(ImportColumn::header).toList());
    }
}
