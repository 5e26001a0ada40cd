package org.eduroadmap.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.eduroadmap.kpi.Dimension;
import org.eduroadmap.kpi.KpiUnit;
import org.eduroadmap.kpi.Location;
import org.eduroadmap.kpi.MeasurementBatchService;
import org.eduroadmap.kpi.MeasurementBatchService.KpiCode;
import org.eduroadmap.kpi.MeasurementBatchService.RegionCode;
import org.eduroadmap.kpi.SchoolLevel;
import org.eduroadmap.kpi.Sex;

/**
 * Files to fill in: the import's columns and one example row, for one KPI or for all. The XLSX
 * adds a second sheet listing the KPI, region and dimension codes a row may use.
 */
@Service
public class ImportTemplates {

    private final MeasurementBatchService batches;
    private final Clock clock;

    ImportTemplates(MeasurementBatchService batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    /** A file name for the template of one KPI ({@code null} for all). */
    public static String fileName(String kpiCode, String extension) {
        String part = kpiCode == null ? "all-kpis" : kpiCode.replaceAll("[^A-Za-z0-9._-]", "_");
        return "measurements-template-" + part + "." + extension;
    }

    /** The KPIs a template can be made for. */
    @PreAuthorize("hasAnyRole('PROJECT_MANAGER', 'ADMIN')")
    public List<KpiCode> kpis() {
        return batches.kpiCodes();
    }

    @PreAuthorize("hasAnyRole('PROJECT_MANAGER', 'ADMIN')")
    public void writeCsv(String kpiCode, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so spreadsheet programs open it as UTF-8
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(headers());
        printer.printRecord(exampleRow(kpi(kpiCode)));
        printer.flush();
    }

    @PreAuthorize("hasAnyRole('PROJECT_MANAGER', 'ADMIN')")
    public void writeXlsx(String kpiCode, Locale locale, OutputStream out) throws IOException {
        KpiCode example = kpi(kpiCode);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Sheet values = workbook.createSheet("values");
            write(values.createRow(0), headers(), bold);
            Row row = values.createRow(1);
            List<String> cells = exampleRow(example);
            for (int i = 0; i < cells.size(); i++) {
                ImportColumn column = ImportColumn.values()[i];
                var cell = row.createCell(i);
                String content = cells.get(i);
                if (content.isEmpty()) {
                    cell.setCellStyle(text);
                } else if (column == ImportColumn.YEAR || column == ImportColumn.VALUE) {
                    cell.setCellValue(Double.parseDouble(content));
                } else {
                    cell.setCellStyle(text);
                    cell.setCellValue(content);
                }
            }
            for (int i = 0; i < ImportColumn.values().length; i++) {
                ImportColumn column = ImportColumn.values()[i];
                if (column != ImportColumn.YEAR && column != ImportColumn.VALUE) {
                    values.setDefaultColumnStyle(i, text); // codes stay text: "TM-A" is never read as a date
                }
                values.setColumnWidth(i, 16 * 256);
            }
            values.createFreezePane(0, 1);

            Sheet codes = workbook.createSheet("codes");
            int r = 0;
            write(codes.createRow(r++), List.of("kpi_code", "name", "unit", "dimensions"), bold);
            for (KpiCode kpi : kpiCode == null ? batches.kpiCodes() : List.of(example)) {
                write(codes.createRow(r++), List.of(kpi.code(), kpi.name().in(locale), kpi.unit().name(),
                        kpi.dimensions().stream().sorted().map(Enum::name).collect(Collectors.joining(", "))), null);
            }
            r++;
            write(codes.createRow(r++), List.of("region_code", "name"), bold);
            for (RegionCode region : batches.regionCodes()) {
                write(codes.createRow(r++), List.of(region.code(), region.name().in(locale)), null);
            }
            r++;
            r = list(codes, r, "school_level", SchoolLevel.values(), bold);
            r = list(codes, r, "sex", Sex.values(), bold);
            list(codes, r, "location", Location.values(), bold);
            codes.setColumnWidth(0, 22 * 256);
            codes.setColumnWidth(1, 60 * 256);
            codes.setColumnWidth(3, 30 * 256);
            workbook.write(out);
        }
    }

    private static int list(Sheet sheet, int r, String heading, Enum<?>[] values, CellStyle bold) {
        write(sheet.createRow(r++), List.of(heading), bold);
        for (Enum<?> value : values) {
            write(sheet.createRow(r++), List.of(value.name()), null);
        }
        return r + 1;
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(cells.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static List<String> headers() {
        return Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();
    }

    private KpiCode kpi(String kpiCode) {
        List<KpiCode> all = batches.kpiCodes();
        if (kpiCode == null) {
            return all.isEmpty() ? null : all.getFirst();
        }
        return all.stream().filter(kpi -> kpi.code().equals(kpiCode)).findFirst()
                .orElseThrow(() -> new org.eduroadmap.base.RuleViolation(null, "import.error.kpi", kpiCode));
    }

    /** Last year's national (or first region's) value of the KPI, with a plausible figure for its unit. */
    private List<String> exampleRow(KpiCode kpi) {
        List<String> cells = new ArrayList<>();
        boolean regional = kpi != null && kpi.dimensions().contains(Dimension.REGION);
        List<RegionCode> regions = regional ? batches.regionCodes() : List.of();
        for (ImportColumn column : ImportColumn.values()) {
            cells.add(switch (column) {
                case KPI_CODE -> kpi == null ? "" : kpi.code();
                case YEAR -> String.valueOf(Year.now(clock).getValue() - 1);
                case REGION_CODE -> regions.isEmpty() ? "" : regions.getFirst().code();
                case VALUE -> kpi != null && kpi.unit() == KpiUnit.COUNT ? "1200" : "45.5";
                default -> "";
            });
        }
        return cells;
    }
}
