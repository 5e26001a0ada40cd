package org.eduroadmap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.eduroadmap.base.RuleViolation;

/** Reading measurement files: the encodings, separators and formats users send, and what is refused. */
class MeasurementFileReaderTest {

    @TempDir
    Path dir;

    private final MeasurementFileReader reader = new MeasurementFileReader(1000);

    private List<FileRow> read(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        List<FileRow> rows = new ArrayList<>();
        reader.read(file, name, rows::add);
        return rows;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCsvWithByteOrderMarkAndCommasIsReadWithLineNumbers() throws IOException {
        List<FileRow> rows = read("values.csv", utf8("\uFEFFkpi_code,year,region_code,value\r\n"
                + "SDG-4.4.1,2024,TM-A,45.5\r\n\r\nSDG-4.4.1,2024,TM-B,\"46,5\"\r\n"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).cell(ImportColumn.KPI_CODE)).as("the BOM is not part of the first header")
                .isEqualTo("SDG-4.4.1");
        assertThat(rows.get(0).cell(ImportColumn.VALUE)).isEqualTo("45.5");
        assertThat(rows.get(1).cell(ImportColumn.VALUE)).isEqualTo("46,5");
        assertThat(rows.get(1).cell(ImportColumn.SEX)).isNull();
    }

    @Test
    void aSemicolonCsvWithDecimalCommasAndHeadersInAnyCase() throws IOException {
        List<FileRow> rows = read("werte.csv", utf8("KPI_Code;Year;Value;Comment\nMOE-ELEARNING;2023;29,5;Ministry survey\n"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.cell(ImportColumn.KPI_CODE)).isEqualTo("MOE-ELEARNING");
            assertThat(ImportService.number(row.cell(ImportColumn.VALUE))).isEqualByComparingTo("29.5");
            assertThat(row.cell(ImportColumn.COMMENT)).isEqualTo("Ministry survey");
        });
    }

    @Test
    void numbersAcceptAPointOrACommaButNothingAmbiguous() {
        assertThat(ImportService.number("1 234,5")).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(ImportService.number("-3")).isEqualByComparingTo("-3");
        assertThat(ImportService.number("1,234.5")).isNull();
        assertThat(ImportService.number("about 40")).isNull();
        assertThat(ImportService.number("1e5")).isNull();
    }

    @Test
    void formulaLikeTextIsRecognisedButNegativeNumbersAreNot() {
        assertThat(ImportService.isFormula("=HYPERLINK(\"http://evil\",\"x\")")).isTrue();
        assertThat(ImportService.isFormula(" @SUM(A1)")).isTrue();
        assertThat(ImportService.isFormula("+cmd|' /C calc'!A0")).isTrue();
        assertThat(ImportService.isFormula("-2.5")).isFalse();
        assertThat(ImportService.isFormula("TM-A")).isFalse();
    }

    @Test
    void anXlsxIsStreamedFromItsFirstSheetAndFormulaCellsAreMarked() throws IOException {
        Path file = dir.resolve("values.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("values");
            XSSFRow header = sheet.createRow(0);
            String[] headers = {"kpi_code", "year", "region_code", "value"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            XSSFRow first = sheet.createRow(1);
            first.createCell(0).setCellValue("SDG-4.4.1");
            first.createCell(1).setCellValue(2024);
            first.createCell(3).setCellValue(45.25);
            XSSFRow second = sheet.createRow(3); // a gap: line numbers follow the sheet's rows
            second.createCell(0).setCellValue("SDG-4.4.1");
            second.createCell(1).setCellValue(2023);
            second.createCell(2).setCellValue("TM-A");
            second.createCell(3).setCellFormula("HYPERLINK(\"http://example.org\",\"44\")");
            workbook.createSheet("codes").createRow(0).createCell(0).setCellValue("not read");
            workbook.write(out);
        }
        List<FileRow> rows = new ArrayList<>();

        reader.read(file, "values.xlsx", rows::add);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).cell(ImportColumn.YEAR)).isEqualTo("2024");
        assertThat(rows.get(0).cell(ImportColumn.VALUE)).isEqualTo("45.25");
        assertThat(rows.get(0).cell(ImportColumn.REGION_CODE)).isNull();
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).cells().get(ImportColumn.VALUE)).isEqualTo(MeasurementFileReader.FORMULA);
        assertThat(ImportService.isFormula(rows.get(1).cells().get(ImportColumn.VALUE))).isTrue();
    }

    @Test
    void aWrongHeaderSaysWhichColumnsAreExpected() {
        assertThatThrownBy(() -> read("values.csv", utf8("indicator,year,amount\nX,2024,1\n")))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("import.error.columns");
                    assertThat(refused.arguments()).containsExactly(
                            "kpi_code, year, region_code, school_level, sex, location, value, comment",
                            "indicator, year, amount");
                });
    }

    @Test
    void binaryEmptyAndMislabelledFilesAreRefusedBeforeAnyRow() {
        assertThatThrownBy(() -> read("photo.csv", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .hasMessageContaining("import.error.notText");
        assertThatThrownBy(() -> read("latin.csv", new byte[]{'k', 'p', 'i', (byte) 0xE9, '\n'}))
                .hasMessageContaining("import.error.notText");
        assertThatThrownBy(() -> read("empty.csv", new byte[0])).hasMessageContaining("import.error.empty");
        assertThatThrownBy(() -> read("header.csv", utf8("kpi_code,year,value\n"))).hasMessageContaining("import.error.noRows");
        assertThatThrownBy(() -> read("values.xlsx", utf8("kpi_code,year,value\n"))).hasMessageContaining("import.error.notXlsx");
        assertThatThrownBy(() -> read("values.pdf", utf8("%PDF-1.7"))).hasMessageContaining("import.error.fileType");
    }

    @Test
    void aFileLongerThanTheRowLimitIsRefused() {
        StringBuilder csv = new StringBuilder("kpi_code,year,value\n");
        for (int i = 0; i < 1001; i++) {
            csv.append("X,2024,1\n");
        }
        assertThatThrownBy(() -> read("long.csv", utf8(csv.toString()))).hasMessageContaining("import.error.tooManyRows");
    }
}
