package org.eduroadmap.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports open cleanly in a spreadsheet: letters intact, numbers and dates typed, no formula ever runs. */
class TableExportTest {

    private static final List<String> HEADERS = List.of("Показатель", "Значение", "Дата");
    private static final List<List<?>> ROWS = List.of(
            List.of("Daşoguz", new BigDecimal("61.5"), LocalDate.of(2026, 3, 31)),
            Arrays.asList("=HYPERLINK(\"http://evil.example\",\"click\")", -4, null),
            List.of("+1 (555) 010", new BigDecimal("-2.25"), LocalDate.of(2025, 12, 1)),
            List.of("@SUM(A1:A9)", 0, LocalDate.of(2024, 1, 2)),
            List.of("-minus text, with a comma", 1, LocalDate.of(2023, 7, 24)));

    @Test
    void csvIsUtf8WithAByteOrderMarkAndNeutralisesFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.csv(HEADERS, ROWS, out);
        byte[] bytes = out.toByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).containsExactly(
                "Показатель,Значение,Дата",
                "Daşoguz,61.5,2026-03-31",
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",-4,",
                "'+1 (555) 010,-2.25,2025-12-01",
                "'@SUM(A1:A9),0,2024-01-02",
                "\"'-minus text, with a comma\",1,2023-07-24");
    }

    @Test
    void xlsxKeepsNumbersAndDatesTypedAndFormulasAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx("Показатели", HEADERS, ROWS, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Показатели");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Показатель");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Daşoguz");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(61.5);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 31));

            Row hostile = sheet.getRow(2);
            assertThat(hostile.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getCell(0).getStringCellValue()).startsWith("'=HYPERLINK(");
            assertThat(hostile.getCell(1).getNumericCellValue()).isEqualTo(-4);
            assertThat(hostile.getCell(2)).isNull();
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("'@SUM(A1:A9)");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(TableExport.neutralise("EMIS pilot")).isEqualTo("EMIS pilot");
        assertThat(TableExport.neutralise("")).isEmpty();
        assertThat(TableExport.neutralise(null)).isNull();
        assertThat(TableExport.neutralise("\tindent")).isEqualTo("'\tindent");
    }
}
