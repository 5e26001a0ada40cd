package org.eduroadmap.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table (headers, then rows of plain values) as CSV or as an Excel workbook, for the exports of
 * every grid. Values are text, numbers or dates; {@code null} is an empty cell. Text that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is neutralised with a
 * leading apostrophe, so an exported comment like {@code =HYPERLINK(...)} stays text when opened.
 */
public final class TableExport {

    /** Rows kept in memory while writing a workbook; the rest goes to a temporary file. */
    private static final int WINDOW = 200;

    private TableExport() {
    }

    /** UTF-8 with a byte order mark (so Excel reads the Cyrillic and Turkmen letters), comma-separated. */
    public static void csv(List<String> headers, Iterable<? extends List<?>> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(
                    headers.stream().map(TableExport::neutralise).toArray(String[]::new)).get());
            for (List<?> row : rows) {
                List<Object> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(value instanceof String text ? neutralise(text) : value);
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .xlsx workbook with one sheet: a bold, frozen header row, numbers as numbers, dates as dates. */
    public static void xlsx(String sheetName, List<String> headers, Iterable<? extends List<?>> rows,
                            OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(neutralise(headers.get(i)));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int index = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(index++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    switch (value) {
                        case BigDecimal number -> cell.setCellValue(number.doubleValue());
                        case Number number -> cell.setCellValue(number.doubleValue());
                        case LocalDate day -> {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        }
                        default -> cell.setCellValue(neutralise(value.toString()));
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as it is, or with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
