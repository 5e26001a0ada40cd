package org.eduroadmap.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.eduroadmap.TestClock;
import org.eduroadmap.base.ui.AccessDeniedView;
import org.eduroadmap.base.ui.NotFoundView;
import org.eduroadmap.importing.ImportTemplates;

/** The import screen as a manager uses it: template, upload, dry run, import; and who may open it. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
class ImportViewIT extends SpringBrowserlessTest {

    private static final String KPI = "IMPORT-VIEW-EMIS";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportTemplates templates;

    @TempDir
    Path dir;

    @BeforeEach
    void createKpi() {
        jdbc.update("""
                insert into kpi (code, name_en, name_ru, name_tk, framework, priority_area_id, unit, direction, decimals,
                                 baseline_value, baseline_year, on_track_percent, at_risk_percent, owner_organisation_id)
                select ?, 'Imported EMIS coverage', name_ru, name_tk, framework, priority_area_id, unit, direction,
                       decimals, baseline_value, baseline_year, on_track_percent, at_risk_percent, owner_organisation_id
                from kpi where code = 'MOE-EMIS-COVERAGE'
                """, KPI);
        jdbc.update("insert into kpi_dimension (kpi_id, dimension) select id, 'REGION' from kpi where code = ?", KPI);
    }

    @AfterEach
    void removeKpi() {
        String ids = "(select id from kpi where code = '" + KPI + "')";
        jdbc.update("delete from measurement_transition where measurement_id in (select id from kpi_measurement where kpi_id in " + ids + ")");
        jdbc.update("delete from kpi_measurement where kpi_id in " + ids);
        jdbc.update("delete from kpi_dimension where kpi_id in " + ids);
        jdbc.update("delete from kpi where code = ?", KPI);
        jdbc.update("delete from measurement_import where file_name like 'view-%'");
    }

    private ImportView open() {
        ImportView view = navigate("kpis/import", ImportView.class);
        view.executor = Runnable::run; // the dry run and import run in place, so the test sees their outcome
        return view;
    }

    private String count(String kind) {
        return $(Span.class).withClassName("import-count-" + kind).single().getChildren()
                .map(child -> ((Span) child).getText()).toList().get(1);
    }

    private Button importButton() {
        return $(Button.class).withText("Import").single();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aManagerSeesTheDryRunThenImportsOnlyTheValidRowsByChoice() throws IOException {
        ImportView view = open();
        assertThat($(Button.class).withText("Import").all()).as("nothing to import before a dry run").isEmpty();
        Path file = dir.resolve("upload.tmp");
        Files.writeString(file, "kpi_code;year;region_code;value\n" + KPI + ";2024;TM-A;40,5\n" + KPI + ";2024;TM-A;41\n"
                + KPI + ";2023;;12\n", StandardCharsets.UTF_8);

        view.uploaded("view-values.csv", file);

        assertThat(List.of(count("rows"), count("new"), count("changed"), count("unchanged"), count("invalid")))
                .containsExactly("3", "2", "0", "0", "1");
        @SuppressWarnings("unchecked")
        Grid<Object> problems = $(Grid.class).single();
        assertThat(test(problems).size()).isEqualTo(1);
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(problems).getCellText(0, 2))
                .isEqualTo("The same indicator, year and dimensions are already on line 2 of the file.");
        assertThat(importButton().isEnabled()).as("an invalid row blocks the import").isFalse();

        $(Checkbox.class).single().setValue(true);
        assertThat(importButton().isEnabled()).isTrue();
        test(importButton()).click();

        assertThat($(Paragraph.class).withClassName("import-done").single().getText())
                .isEqualTo("Imported 2 new and 0 changed values from view-values.csv. They are submitted for approval.");
        assertThat($(Anchor.class).withText(KPI).single().getHref()).isEqualTo("kpis/" + KPI);
        assertThat(jdbc.queryForObject("select count(*) from kpi_measurement m join kpi k on k.id = m.kpi_id"
                + " where k.code = ? and m.status = 'SUBMITTED' and m.source = 'view-values.csv'", Long.class, KPI))
                .isEqualTo(2);
        assertThat(Files.exists(file)).as("the uploaded file is not kept").isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aRefusedFileSaysWhyAndOffersNoImport() throws IOException {
        ImportView view = open();
        Path file = dir.resolve("upload.tmp");
        Files.write(file, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0});

        view.uploaded("view-picture.csv", file);

        assertThat($(Paragraph.class).withClassName("import-error").single().getText())
                .isEqualTo("The file is not a UTF-8 text file. Save it as CSV (UTF-8) or as XLSX.");
        assertThat($(Button.class).withText("Import").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void theTemplateListsCodesOnASecondSheetAndItsExampleRowPassesTheDryRun() throws IOException {
        ImportView view = open();
        assertThat($(Anchor.class).withClassName("import-template-xlsx").single().getText()).isEqualTo("Download XLSX template");
        assertThat($(Anchor.class).withClassName("import-template-csv").single().getText()).isEqualTo("Download CSV template");
        Path file = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            templates.writeXlsx(KPI, Locale.ENGLISH, out);
        }
        List<String> codes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet values = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = new ArrayList<>();
            values.getRow(0).forEach(cell -> header.add(formatter.formatCellValue(cell)));
            assertThat(header).containsExactly("kpi_code", "year", "region_code", "school_level", "sex", "location",
                    "value", "comment");
            assertThat(formatter.formatCellValue(values.getRow(1).getCell(0))).isEqualTo(KPI);
            for (Row row : workbook.getSheet("codes")) {
                codes.add(formatter.formatCellValue(row.getCell(0)));
            }
        }
        assertThat(codes).contains("kpi_code", KPI, "region_code", "TM-S", "ARK", "TM-M", "school_level", "PRIMARY",
                "sex", "FEMALE", "location", "RURAL");

        view.uploaded("view-template.xlsx", file);

        assertThat(count("new")).isEqualTo("1");
        assertThat(count("invalid")).isEqualTo("0");
        assertThat($(Paragraph.class).withText("Every row is valid.").single().isVisible()).isTrue();
        assertThat(importButton().isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aMinisterCannotOpenTheImport() {
        navigate("kpis/import", Component.class);
        assertThat(getCurrentView()).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        navigate("kpis", Component.class);
        assertThat($(Button.class).withText("Import values").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void theCatalogueLeadsManagersToTheImport() {
        navigate("kpis", Component.class);
        test($(Button.class).withText("Import values").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ImportView.class);
    }
}
