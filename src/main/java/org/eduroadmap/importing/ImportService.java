package org.eduroadmap.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.base.SafeText;
import org.eduroadmap.kpi.CheckedMeasurement;
import org.eduroadmap.kpi.Location;
import org.eduroadmap.kpi.MeasurementBatch;
import org.eduroadmap.kpi.MeasurementBatchService;
import org.eduroadmap.kpi.MeasurementInput;
import org.eduroadmap.kpi.SchoolLevel;
import org.eduroadmap.kpi.Sex;

/**
 * Imports KPI values from a CSV or XLSX file. A dry run reads the whole file and says what it would
 * do; an import does the same and writes, in one transaction: all rows, or none when any is
 * invalid, unless the user chooses to import only the valid rows (which is recorded). Every row
 * passes the same rules as a value typed in the entry form; written values are SUBMITTED for
 * approval, with the file name as their source. The file is streamed, never held whole.
 */
@Service
public class ImportService {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** Rows are checked, and progress reported, this many at a time. */
    private static final int CHUNK = 1000;
    private static final int MAX_COMMENT = 2000;
    private static final int MAX_FILE_NAME = 255;

    private final MeasurementBatchService batches;
    private final MeasurementImportRepository imports;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final long maxFileBytes;
    private final MeasurementFileReader reader;

    ImportService(MeasurementBatchService batches, MeasurementImportRepository imports,
                  SecurityContextHolderStrategy securityContext, Clock clock,
                  @Value("${eduroadmap.import.max-file-size:20MB}") DataSize maxFileSize,
                  @Value("${eduroadmap.import.max-rows:200000}") long maxRows) {
        this.batches = batches;
        this.imports = imports;
        this.securityContext = securityContext;
        this.clock = clock;
        this.maxFileBytes = maxFileSize.toBytes();
        this.reader = new MeasurementFileReader(maxRows);
    }

    /** The largest file accepted, in bytes; larger ones are refused before they are read. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Reads and checks the whole file, writes nothing, and says what an import would do. */
    @PreAuthorize("hasAnyRole('PROJECT_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ImportPreview dryRun(String fileName, Path file, ImportProgress progress) {
        return process(fileName(fileName), file, null, progress);
    }

    /**
     * Imports the file: every row, or nothing when any row is invalid (then {@link ImportRefused}
     * says why), unless {@code validRowsOnly}, which skips the invalid rows and records that choice.
     */
    @PreAuthorize("hasAnyRole('PROJECT_MANAGER', 'ADMIN')")
    @Transactional
    public ImportPreview importFile(String fileName, Path file, boolean validRowsOnly, ImportProgress progress) {
        String name = fileName(fileName);
        ImportPreview done = process(name, file, new Writing(validRowsOnly, name), progress);
        if (done.invalidRows() > 0 && !validRowsOnly) {
            throw new ImportRefused(done);
        }
        if (done.toWrite() == 0) {
            throw new RuleViolation(null, "import.error.nothingToImport");
        }
        imports.save(new MeasurementImport(done, validRowsOnly, securityContext.getContext().getAuthentication().getName(),
                clock.instant()));
        return done;
    }

    /** The source a write carries, and whether writing goes on once an invalid row is seen. */
    private record Writing(boolean validRowsOnly, String source) {
    }

    private ImportPreview process(String fileName, Path file, Writing writing, ImportProgress progress) {
        checkSize(file);
        MeasurementBatch batch = batches.open();
        Tally tally = new Tally();
        Map<String, Long> firstLineBySlot = new HashMap<>();
        // The stored values of a chunk's KPIs are read together, not one statement per KPI.
        List<FileRow> chunk = new ArrayList<>(CHUNK);
        Runnable handleChunk = () -> {
            batch.readStoredValues(chunk.stream().map(row -> row.cell(ImportColumn.KPI_CODE))
                    .filter(Objects::nonNull).toList());
            for (FileRow row : chunk) {
                tally.rows++;
                CheckedMeasurement checked = check(row, batch, firstLineBySlot, tally);
                if (checked != null) {
                    tally.kpiCodes.add(checked.kpiCode());
                    if (writing != null && (tally.invalid == 0 || writing.validRowsOnly())) {
                        batch.submit(checked, writing.source());
                    }
                }
            }
            chunk.clear();
            progress.rowsRead(tally.rows);
        };
        reader.read(file, fileName, row -> {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                handleChunk.run();
            }
        });
        handleChunk.run();
        if (writing != null) {
            batch.finish();
        }
        return new ImportPreview(fileName, tally.rows, tally.added, tally.changed, tally.unchanged, tally.invalid,
                List.copyOf(tally.problems), tally.kpiCodes);
    }

    private static final class Tally {
        long rows;
        long added;
        long changed;
        long unchanged;
        long invalid;
        final List<RowProblem> problems = new ArrayList<>();
        final TreeSet<String> kpiCodes = new TreeSet<>();
    }

    /** The row checked and counted, or null when it is invalid (its problems are added to the tally). */
    private static CheckedMeasurement check(FileRow row, MeasurementBatch batch, Map<String, Long> firstLineBySlot,
                                            Tally tally) {
        List<RowProblem> problems = new ArrayList<>();
        MeasurementInput input = input(row, problems);
        CheckedMeasurement checked = null;
        if (problems.isEmpty()) {
            try {
                checked = batch.check(input);
                Long first = firstLineBySlot.putIfAbsent(checked.slot(), row.line());
                if (first != null) {
                    problems.add(new RowProblem(row.line(), null, "import.error.duplicateInFile",
                            List.of(String.valueOf(first))));
                } else {
                    switch (batch.compare(checked)) {
                        case NEW -> tally.added++;
                        case CHANGED -> tally.changed++;
                        case UNCHANGED -> tally.unchanged++;
                    }
                }
            } catch (RuleViolation refused) {
                problems.add(problem(row, refused));
            }
        }
        if (!problems.isEmpty()) {
            tally.invalid++;
            tally.problems.addAll(problems);
            return null;
        }
        return checked;
    }

    private void checkSize(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new RuleViolation(null, "import.error.empty");
            }
            if (size > maxFileBytes) {
                throw new RuleViolation(null, "import.error.tooLarge", megabytes(maxFileBytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String megabytes(long bytes) {
        return String.valueOf(Math.max(1, Math.round(bytes / (1024.0 * 1024.0))));
    }

    /** Only the name, never a path the browser sent, and short enough to store. */
    private static String fileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = SafeText.clean(name.substring(name.lastIndexOf('/') + 1)).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "import";
        }
        if (name.length() <= MAX_FILE_NAME) {
            return name;
        }
        // The end, which holds the extension, never starting with the second half of an emoji.
        int start = name.length() - MAX_FILE_NAME;
        return name.substring(Character.isLowSurrogate(name.charAt(start)) ? start + 1 : start);
    }

    // ------------------------------------------------------------ cells to input

    private static MeasurementInput input(FileRow row, List<RowProblem> problems) {
        for (ImportColumn column : ImportColumn.values()) {
            if (isFormula(row.cells().get(column))) {
                problems.add(new RowProblem(row.line(), column.header(), "import.error.formula", List.of()));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        String kpi = row.cell(ImportColumn.KPI_CODE);
        if (kpi == null) {
            problems.add(required(row, ImportColumn.KPI_CODE));
        }
        Integer year = null;
        String yearText = row.cell(ImportColumn.YEAR);
        if (yearText == null) {
            problems.add(required(row, ImportColumn.YEAR));
        } else if (YEAR.matcher(yearText).matches()) {
            year = Integer.valueOf(yearText);
        } else {
            problems.add(new RowProblem(row.line(), ImportColumn.YEAR.header(), "import.error.yearFormat",
                    List.of(shorten(yearText))));
        }
        String region = row.cell(ImportColumn.REGION_CODE);
        SchoolLevel level = code(row, ImportColumn.SCHOOL_LEVEL, SchoolLevel.class, problems);
        Sex sex = code(row, ImportColumn.SEX, Sex.class, problems);
        Location location = code(row, ImportColumn.LOCATION, Location.class, problems);
        BigDecimal value = null;
        String valueText = row.cell(ImportColumn.VALUE);
        if (valueText == null) {
            problems.add(required(row, ImportColumn.VALUE));
        } else {
            value = number(valueText);
            if (value == null) {
                problems.add(new RowProblem(row.line(), ImportColumn.VALUE.header(), "import.error.number",
                        List.of(shorten(valueText))));
            }
        }
        String comment = row.cell(ImportColumn.COMMENT);
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(new RowProblem(row.line(), ImportColumn.COMMENT.header(), "import.error.tooLong",
                    List.of(String.valueOf(MAX_COMMENT))));
        }
        return new MeasurementInput(kpi, year, region == null ? null : region.toUpperCase(Locale.ROOT), value, null,
                comment, level, sex, location);
    }

    private static RowProblem required(FileRow row, ImportColumn column) {
        return new RowProblem(row.line(), column.header(), "import.error.required", List.of());
    }

    private static <E extends Enum<E>> E code(FileRow row, ImportColumn column, Class<E> type, List<RowProblem> problems) {
        String text = row.cell(column);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            String allowed = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            problems.add(new RowProblem(row.line(), column.header(), "import.error.code",
                    List.of(shorten(text), allowed)));
            return null;
        }
    }

    /**
     * A number with a decimal point or a decimal comma, spaces allowed as thousands separators.
     * Null when the text is not a number, or is ambiguous (both a point and a comma).
     */
    static BigDecimal number(String text) {
        String compact = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (compact.indexOf(',') >= 0 && compact.indexOf('.') >= 0) {
            return null;
        }
        compact = compact.replace(',', '.');
        return NUMBER.matcher(compact).matches() ? new BigDecimal(compact) : null;
    }

    /**
     * A cell a spreadsheet would run as a formula: a real formula in an XLSX, or text starting with
     * {@code =}, {@code @}, or {@code +}/{@code -} not followed by a number.
     */
    static boolean isFormula(String raw) {
        if (raw == null) {
            return false;
        }
        if (MeasurementFileReader.FORMULA.equals(raw)) {
            return true;
        }
        String text = raw.stripLeading();
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '@' || ((first == '+' || first == '-') && text.length() > 1 && number(text) == null);
    }

    private static RowProblem problem(FileRow row, RuleViolation refused) {
        ImportColumn column = switch (refused.field() == null ? "" : refused.field()) {
            case "kpi" -> ImportColumn.KPI_CODE;
            case "year" -> ImportColumn.YEAR;
            case "region" -> ImportColumn.REGION_CODE;
            case "schoolLevel" -> ImportColumn.SCHOOL_LEVEL;
            case "sex" -> ImportColumn.SEX;
            case "location" -> ImportColumn.LOCATION;
            case "value" -> ImportColumn.VALUE;
            case "comment" -> ImportColumn.COMMENT;
            default -> null;
        };
        String key = refused.messageKey();
        List<String> arguments = java.util.Arrays.stream(refused.arguments()).map(String::valueOf).toList();
        // In a file the code itself is what the user needs to find: name it.
        if ("measurement.error.kpi".equals(key)) {
            key = "import.error.kpi";
            arguments = List.of(shorten(row.cell(ImportColumn.KPI_CODE)));
        } else if ("measurement.error.region".equals(key)) {
            key = "import.error.region";
            arguments = List.of(shorten(row.cell(ImportColumn.REGION_CODE)));
        }
        return new RowProblem(row.line(), column == null ? null : column.header(), key, arguments);
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
