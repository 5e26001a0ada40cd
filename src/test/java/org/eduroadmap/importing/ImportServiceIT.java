package org.eduroadmap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.kpi.MeasurementInput;
import org.eduroadmap.kpi.MeasurementRow;
import org.eduroadmap.kpi.MeasurementService;
import org.eduroadmap.kpi.MeasurementStatus;
import org.eduroadmap.kpi.RegionValue;

/**
 * Importing values from files against the database: the manager's round trip from template to
 * dashboard, all-or-nothing, and each hostile file refused with a clear message and nothing changed.
 * Imports commit for real (a rollback is what is tested), so each test removes what it imported.
 */
@SpringBootTest
@Import(TestClock.class)
class ImportServiceIT {

    private static final String KPI = "IMPORT-TEST-EMIS";
    private static final List<String> REGIONS = List.of("TM-S", "ARK", "TM-A", "TM-B", "TM-D", "TM-L", "TM-M");

    @Autowired
    ImportService imports;
    @Autowired
    ImportTemplates templates;
    @Autowired
    MeasurementService measurementService;
    @Autowired
    KpiService kpis;
    @Autowired
    MessageSource messages;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    private ImportFixtures fixtures;
    private long measurementsBefore;
    private long importsBefore;

    @BeforeEach
    void createKpi() {
        fixtures = new ImportFixtures(jdbc);
        fixtures.createKpi(KPI, List.of("REGION"));
        measurementsBefore = fixtures.measurements();
        importsBefore = fixtures.imports();
    }

    @AfterEach
    void removeWhatWasImported() {
        fixtures.deleteKpis("IMPORT-TEST-");
        jdbc.update("delete from measurement_import where file_name like 'import-test-%'");
        securityContext.clearContext();
    }

    private <T> T asManager(Supplier<T> action) {
        return new RunAs(securityContext).as("manager", "PROJECT_MANAGER", action);
    }

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private String english(RowProblem problem) {
        return messages.getMessage(problem.messageKey(), problem.argumentArray(), Locale.ENGLISH);
    }

    private String english(RuleViolation refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH);
    }

    private void assertNothingChanged() {
        assertThat(fixtures.measurements()).as("values stored").isEqualTo(measurementsBefore);
        assertThat(fixtures.imports()).as("imports recorded").isEqualTo(importsBefore);
    }

    /** Refused before any row: dry run and import say the same, and nothing is written. */
    private String refusedFile(String name, Path file) {
        RuleViolation dryRun = catchRefusal(() -> imports.dryRun(name, file, ImportProgress.NONE));
        RuleViolation imported = catchRefusal(() -> imports.importFile(name, file, true, ImportProgress.NONE));
        assertThat(imported.messageKey()).isEqualTo(dryRun.messageKey());
        assertNothingChanged();
        return english(imported);
    }

    private RuleViolation catchRefusal(Supplier<ImportPreview> action) {
        try {
            asManager(action);
        } catch (RuleViolation refused) {
            return refused;
        }
        throw new AssertionError("expected the file to be refused");
    }

    /** Rows refused: the import writes nothing, not even the file's valid first row, and names each invalid row. */
    private List<RowProblem> refusedRows(String name, Path file) {
        ImportPreview dryRun = asManager(() -> imports.dryRun(name, file, ImportProgress.NONE));
        assertThat(dryRun.newRows()).as("the valid first row").isEqualTo(1);
        assertThatThrownBy(() -> asManager(() -> imports.importFile(name, file, false, ImportProgress.NONE)))
                .isInstanceOfSatisfying(ImportRefused.class,
                        refused -> assertThat(refused.preview().problems()).isEqualTo(dryRun.problems()));
        assertNothingChanged();
        return dryRun.problems();
    }

    private static final String VALID_FIRST_ROW = "kpi_code,year,region_code,value\n" + KPI + ",2024,TM-A,40\n";

    @Test
    void aManagerImportsSevenRegionsOverEightYearsAndApprovalMovesTheDashboard() throws IOException {
        StringBuilder csv = new StringBuilder("kpi_code;year;region_code;value;comment\n");
        for (int year = 2019; year <= 2026; year++) {
            csv.append(KPI).append(';').append(year).append(";;").append(year - 1990).append(",5;national\n");
            for (int r = 0; r < REGIONS.size(); r++) {
                csv.append(KPI).append(';').append(year).append(';').append(REGIONS.get(r)).append(';')
                        .append(year - 1990 + r).append(";\n");
            }
        }
        String name = "import-test-emis.csv";
        Path file = file(name, "\uFEFF" + csv);

        ImportPreview dryRun = asManager(() -> imports.dryRun(name, file, ImportProgress.NONE));
        assertThat(dryRun.rows()).isEqualTo(64);
        assertThat(dryRun.newRows()).isEqualTo(64);
        assertThat(dryRun.invalidRows()).isZero();
        assertThat(fixtures.measurements()).as("a dry run writes nothing").isEqualTo(measurementsBefore);

        ImportPreview done = asManager(() -> imports.importFile(name, file, false, ImportProgress.NONE));
        assertThat(done.newRows()).isEqualTo(64);
        assertThat(fixtures.measurements()).isEqualTo(measurementsBefore + 64);
        List<MeasurementRow> rows = asManager(() -> measurementService.history(KPI));
        assertThat(rows).hasSize(64).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(MeasurementStatus.SUBMITTED);
            assertThat(row.source()).isEqualTo(name);
            assertThat(row.createdBy()).isEqualTo("manager");
        });
        assertThat(jdbc.queryForObject("select valid_rows_only from measurement_import where file_name = ?",
                Boolean.class, name)).isFalse();
        assertThat(asManager(() -> kpis.detail(KPI, 2026)).orElseThrow().overview().latestValue())
                .as("nothing on the dashboard before approval").isNull();

        RunAs admin = new RunAs(securityContext);
        admin.run("admin", "ADMIN", () -> measurementService.awaitingApproval().stream()
                .filter(row -> row.kpiCode().equals(KPI))
                .forEach(row -> measurementService.approve(row.id(), row.version())));

        admin.run("admin", "ADMIN", () -> {
            var overview = kpis.detail(KPI, 2026).orElseThrow().overview();
            assertThat(overview.latestYear()).isEqualTo(2026);
            assertThat(overview.latestValue()).isEqualByComparingTo("36.5");
            assertThat(kpis.regional(KPI, 2026)).extracting(RegionValue::regionCode).containsExactlyElementsOf(REGIONS);
            assertThat(kpis.regional(KPI, 2026).get(6).value()).isEqualByComparingTo("42");
        });
        ImportPreview again = asManager(() -> imports.dryRun(name, file, ImportProgress.NONE));
        assertThat(again.unchangedRows()).as("the same file again changes nothing").isEqualTo(64);
    }

    @Test
    void changedDraftsAreCountedAndLockedValuesRefusedUnlessOnlyValidRowsAreImported() throws IOException {
        asManager(() -> measurementService.record(new MeasurementInput(KPI, 2020, "TM-A", new BigDecimal("10"), "survey",
                null)));
        asManager(() -> measurementService.record(new MeasurementInput(KPI, 2020, "TM-B", new BigDecimal("11"), "survey",
                null)));
        long withDrafts = fixtures.measurements();
        Path file = file("import-test-mixed.csv", "kpi_code,year,region_code,value\n"
                + KPI + ",2020,TM-A,12\n" // changed draft
                + KPI + ",2020,TM-B,11.00\n" // unchanged
                + KPI + ",2020,TM-D,9\n" // new
                + "MOE-EMIS-COVERAGE,2025,TM-A,99\n"); // approved in the demo: locked

        ImportPreview dryRun = asManager(() -> imports.dryRun("import-test-mixed.csv", file, ImportProgress.NONE));
        assertThat(List.of(dryRun.newRows(), dryRun.changedRows(), dryRun.unchangedRows(), dryRun.invalidRows()))
                .containsExactly(1L, 1L, 1L, 1L);
        assertThat(dryRun.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.column()).isEqualTo("value");
            assertThat(english(problem)).isEqualTo("This value has been submitted or approved and can no longer be changed.");
        });

        ImportPreview done = asManager(() -> imports.importFile("import-test-mixed.csv", file, true, ImportProgress.NONE));

        assertThat(done.toWrite()).isEqualTo(2);
        assertThat(fixtures.measurements()).isEqualTo(withDrafts + 1);
        List<MeasurementRow> rows = asManager(() -> measurementService.history(KPI));
        assertThat(rows).filteredOn(row -> "TM-A".equals(row.regionCode())).singleElement().satisfies(row -> {
            assertThat(row.value()).isEqualByComparingTo("12");
            assertThat(row.status()).isEqualTo(MeasurementStatus.SUBMITTED);
            assertThat(row.source()).isEqualTo("import-test-mixed.csv");
        });
        assertThat(rows).filteredOn(row -> "TM-B".equals(row.regionCode())).singleElement()
                .satisfies(row -> assertThat(row.status()).as("unchanged: left as it was").isEqualTo(MeasurementStatus.DRAFT));
        assertThat(jdbc.queryForMap("select valid_rows_only, rows_invalid, imported_by from measurement_import"
                + " where file_name = 'import-test-mixed.csv'"))
                .containsEntry("VALID_ROWS_ONLY", true).containsEntry("ROWS_INVALID", 1).containsEntry("IMPORTED_BY", "manager");
    }

    // ---------------------------------------------------------------- hostile files

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertThat(refusedFile("import-test-empty.csv", file("empty.csv", ""))).isEqualTo("The file is empty.");
    }

    @Test
    void wrongColumnsAreRefusedNamingTheExpectedOnes() throws IOException {
        assertThat(refusedFile("import-test-columns.csv", file("columns.csv", "indicator,year,amount\nX,2024,1\n")))
                .isEqualTo("The columns must be kpi_code, year, region_code, school_level, sex, location, value, comment"
                        + " (kpi_code, year and value are required). The file has: indicator, year, amount.");
    }

    @Test
    void textInTheValueColumnIsRefused() throws IOException {
        List<RowProblem> problems = refusedRows("import-test-text.csv",
                file("text.csv", VALID_FIRST_ROW + KPI + ",2024,TM-B,forty\n"));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("value");
            assertThat(english(problem)).isEqualTo("“forty” is not a number.");
        });
    }

    @Test
    void datesInsteadOfYearsAreRefused() throws IOException {
        List<RowProblem> problems = refusedRows("import-test-dates.csv",
                file("dates.csv", VALID_FIRST_ROW + KPI + ",2024-01-01,TM-B,41\n" + KPI + ",01.01.2024,TM-D,42\n"));
        assertThat(problems).extracting(RowProblem::line, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "year"), org.assertj.core.groups.Tuple.tuple(4L, "year"));
        assertThat(english(problems.getFirst())).isEqualTo("“2024-01-01” is not a year: write the year alone, like 2024.");
    }

    @Test
    void unknownIndicatorAndRegionCodesAreRefused() throws IOException {
        List<RowProblem> problems = refusedRows("import-test-codes.csv",
                file("codes.csv", VALID_FIRST_ROW + "NO-SUCH-KPI,2024,TM-B,41\n" + KPI + ",2024,TM-X,42\n"));
        assertThat(problems).extracting(RowProblem::column).containsExactly("kpi_code", "region_code");
        assertThat(problems).map(this::english).containsExactly("Unknown indicator code “NO-SUCH-KPI”.",
                "Unknown region code “TM-X”.");
    }

    @Test
    void duplicateRowsInTheFileAreRefused() throws IOException {
        List<RowProblem> problems = refusedRows("import-test-duplicates.csv",
                file("duplicates.csv", VALID_FIRST_ROW + KPI + ",2024,tm-a,41\n"));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(english(problem)).isEqualTo(
                    "The same indicator, year and dimensions are already on line 2 of the file.");
        });
    }

    @Test
    void aFormulaInjectionCellIsRefused() throws IOException {
        List<RowProblem> problems = refusedRows("import-test-formula.csv", file("formula.csv",
                VALID_FIRST_ROW + KPI + ",2024,TM-B,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"41\"\")\"\n"));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("value");
            assertThat(english(problem)).startsWith("The cell holds a formula");
        });
    }

    @Test
    void aFormulaCellInAWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("formula.xlsx");
        writeWorkbook(file, "HYPERLINK(\"http://evil.example\",\"41\")");
        List<RowProblem> problems = refusedRows("import-test-formula.xlsx", file);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.messageKey()).isEqualTo("import.error.formula");
        });
    }

    @Test
    void aZipBombWorkbookIsRefused() throws IOException {
        Path plain = dir.resolve("plain.xlsx");
        writeWorkbook(plain, null);
        Path bomb = dir.resolve("bomb.xlsx");
        // The sheet padded with 40 MB of spaces: legal XML that deflates more than a thousandfold.
        try (ZipFile source = new ZipFile(plain.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : source.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int split = xml.indexOf("<sheetData>");
                        out.write(xml.substring(0, split).getBytes(StandardCharsets.UTF_8));
                        byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                        for (int i = 0; i < 40; i++) {
                            out.write(spaces);
                        }
                        out.write(xml.substring(split).getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(content);
                    }
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        assertThat(refusedFile("import-test-bomb.xlsx", bomb))
                .isEqualTo("The XLSX file expands to far more data than it could hold: it is refused as unsafe.");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("big.csv");
        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        assertThat(refusedFile("import-test-big.csv", file)).isEqualTo("The file is larger than 20 MB.");
    }

    @Test
    void aBinaryFileRenamedCsvIsRefused() throws IOException {
        Path file = dir.resolve("picture.csv");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(file, png);
        assertThat(refusedFile("import-test-picture.csv", file))
                .isEqualTo("The file is not a UTF-8 text file. Save it as CSV (UTF-8) or as XLSX.");
        Path workbook = dir.resolve("workbook.csv");
        writeWorkbook(workbook, null);
        assertThat(refusedFile("import-test-workbook.csv", workbook)).as("an XLSX renamed .csv")
                .isEqualTo("The file is not a UTF-8 text file. Save it as CSV (UTF-8) or as XLSX.");
    }

    /** A workbook with the valid first row and, when given, a second row whose value is the formula. */
    private static void writeWorkbook(Path file, String formula) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("values");
            String[] headers = {"kpi_code", "year", "region_code", "value"};
            XSSFRow header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            XSSFRow first = sheet.createRow(1);
            first.createCell(0).setCellValue(KPI);
            first.createCell(1).setCellValue(2024);
            first.createCell(2).setCellValue("TM-A");
            first.createCell(3).setCellValue(40);
            if (formula != null) {
                XSSFRow second = sheet.createRow(2);
                second.createCell(0).setCellValue(KPI);
                second.createCell(1).setCellValue(2024);
                second.createCell(2).setCellValue("TM-B");
                second.createCell(3).setCellFormula(formula);
            }
            workbook.write(out);
        }
    }

    // ---------------------------------------------------------------- who may

    @Test
    void onlyManagersAndAdministratorsMayImportOrDownloadTemplates() throws IOException {
        Path file = file("import-test-roles.csv", VALID_FIRST_ROW);
        RunAs runAs = new RunAs(securityContext);
        for (String role : List.of("MINISTER", "UNESCO_ADVISOR")) {
            assertThatThrownBy(() -> runAs.as("someone", role, () -> imports.dryRun("import-test-roles.csv", file,
                    ImportProgress.NONE))).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as("someone", role, () -> imports.importFile("import-test-roles.csv", file,
                    false, ImportProgress.NONE))).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run("someone", role, () -> {
                try {
                    templates.writeCsv(null, OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            })).as(role).isInstanceOf(AccessDeniedException.class);
        }
        securityContext.clearContext();
        assertThatThrownBy(() -> imports.dryRun("import-test-roles.csv", file, ImportProgress.NONE))
                .as("anonymous").isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertNothingChanged();

        ImportPreview byAdmin = runAs.as("admin", "ADMIN", () -> imports.importFile("import-test-roles.csv", file, false,
                ImportProgress.NONE));
        assertThat(byAdmin.newRows()).isEqualTo(1);
        assertThat(fixtures.measurements()).isEqualTo(measurementsBefore + 1);
    }
}
