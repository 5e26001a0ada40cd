package org.eduroadmap.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for imports, written and removed with SQL so each test leaves the shared demo database
 * as it found it: KPIs copied from a demo KPI, and removal of whatever a test imported.
 */
public record ImportFixtures(JdbcTemplate jdbc) {

    /** A new KPI with the demo EMIS coverage KPI's definition and targets (percent, by region). */
    public void createKpi(String code, List<String> dimensions) {
        jdbc.update("""
                insert into kpi (code, name_en, name_ru, name_tk, framework, priority_area_id, unit, direction, decimals,
                                 baseline_value, baseline_year, on_track_percent, at_risk_percent, owner_organisation_id)
                select ?, name_en || ' (' || ? || ')', name_ru, name_tk, framework, priority_area_id, unit, direction,
                       decimals, baseline_value, baseline_year, on_track_percent, at_risk_percent, owner_organisation_id
                from kpi where code = 'MOE-EMIS-COVERAGE'
                """, code, code);
        jdbc.update("""
                insert into kpi_target (kpi_id, target_year, target_value)
                select (select id from kpi where code = ?), t.target_year, t.target_value
                from kpi_target t join kpi k on k.id = t.kpi_id where k.code = 'MOE-EMIS-COVERAGE'
                """, code);
        for (String dimension : dimensions) {
            jdbc.update("insert into kpi_dimension (kpi_id, dimension) select id, ? from kpi where code = ?",
                    dimension, code);
        }
    }

    /**
     * Writes a value file of {@code rows} rows, creating its KPIs ({@code prefix} + 0, 1, ...) on the way: each
     * KPI takes 27 years (2000 to 2026) x 15 slots (national, 7 regions, 3 school levels, 2 sexes, 2 locations).
     *
     * @param value the value of the n-th row, as written in the file
     * @return how many KPIs the file uses
     */
    public int writeValues(Path file, String prefix, int rows, IntFunction<String> value) throws IOException {
        List<String> slots = new ArrayList<>(List.of(";;;;"));
        for (String region : List.of("TM-S", "ARK", "TM-A", "TM-B", "TM-D", "TM-L", "TM-M")) {
            slots.add(region + ";;;;");
        }
        for (String level : List.of("PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY")) {
            slots.add(";" + level + ";;;");
        }
        slots.addAll(List.of(";;FEMALE;;", ";;MALE;;", ";;;URBAN;", ";;;RURAL;"));
        int kpis = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kpi_code;year;region_code;school_level;sex;location;value\n");
            int written = 0;
            while (written < rows) {
                String kpi = prefix + kpis++;
                createKpi(kpi, List.of("REGION", "SCHOOL_LEVEL", "SEX", "LOCATION"));
                for (int year = 2000; year <= 2026 && written < rows; year++) {
                    for (int s = 0; s < slots.size() && written < rows; s++) {
                        out.write(kpi + ";" + year + ";" + slots.get(s) + value.apply(written) + "\n");
                        written++;
                    }
                }
            }
        }
        return kpis;
    }

    /** Removes KPIs whose code starts with the prefix, with all their values. */
    public void deleteKpis(String codePrefix) {
        String ids = "select id from kpi where code like ?";
        String like = codePrefix + "%";
        jdbc.update("delete from measurement_transition where measurement_id in (select id from kpi_measurement"
                + " where kpi_id in (" + ids + "))", like);
        jdbc.update("delete from kpi_measurement where kpi_id in (" + ids + ")", like);
        jdbc.update("delete from kpi_target where kpi_id in (" + ids + ")", like);
        jdbc.update("delete from kpi_dimension where kpi_id in (" + ids + ")", like);
        jdbc.update("delete from kpi where code like ?", like);
    }

    /** Removes values imported from a file, their steps and the import's record. */
    void deleteImported(String fileName) {
        jdbc.update("delete from measurement_transition where measurement_id in (select id from kpi_measurement"
                + " where source = ?)", fileName);
        jdbc.update("delete from kpi_measurement where source = ?", fileName);
        jdbc.update("delete from measurement_import where file_name = ?", fileName);
    }

    public long measurements() {
        return jdbc.queryForObject("select count(*) from kpi_measurement", Long.class);
    }

    long imports() {
        return jdbc.queryForObject("select count(*) from measurement_import", Long.class);
    }
}
