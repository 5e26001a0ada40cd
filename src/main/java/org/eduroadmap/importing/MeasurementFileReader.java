package org.eduroadmap.importing;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import org.eduroadmap.base.RuleViolation;

/**
 * Streams the rows of a measurement file, CSV or XLSX, one at a time, so a file of any length is
 * read in bounded memory. CSV: UTF-8 with or without BOM, comma or semicolon (whichever the header
 * uses). XLSX: the first sheet, read with POI's SAX reader, behind POI's zip-bomb limits. Refuses,
 * with a {@link RuleViolation} and before any row is handed on, files that are empty, binary, not
 * what their extension says, or whose header is not the template's. Formula cells are marked, so
 * the caller can refuse them.
 */
final class MeasurementFileReader {

    /** The value handed on for an XLSX cell that holds a formula, whatever it computes. */
    static final String FORMULA = "\u0000formula";

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final long maxRows;

    MeasurementFileReader(long maxRows) {
        this.maxRows = maxRows;
    }

    /** Reads the file and hands each non-blank data row to {@code rows}; returns the number of data rows. */
    long read(Path file, String fileName, Consumer<FileRow> rows) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = startsWithZipMagic(file);
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw new RuleViolation(null, "import.error.notXlsx");
            }
            return readXlsx(file, rows);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            if (zip) {
                throw new RuleViolation(null, "import.error.notText");
            }
            return readCsv(file, rows);
        }
        throw new RuleViolation(null, "import.error.fileType");
    }

    private static boolean startsWithZipMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            if (head.length == 0) {
                throw new RuleViolation(null, "import.error.empty");
            }
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- CSV

    private long readCsv(Path file, Consumer<FileRow> rows) {
        try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
             BufferedReader reader = new BufferedReader(new TextOnlyReader(new InputStreamReader(in,
                     StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                             .onUnmappableCharacter(CodingErrorAction.REPORT))), 1 << 16)) {
            reader.mark(1 << 20);
            String firstLine = reader.readLine();
            if (firstLine == null || firstLine.isBlank()) {
                throw new RuleViolation(null, "import.error.empty");
            }
            reader.reset();
            char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            long count = 0;
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                List<ImportColumn> columns = null;
                for (CSVRecord record : parser) {
                    List<String> cells = record.toList();
                    if (columns == null) {
                        columns = header(cells);
                        continue;
                    }
                    FileRow row = row(record.getRecordNumber(), columns, cells);
                    if (!row.isBlank()) {
                        count = counted(count);
                        rows.accept(row);
                    }
                }
            } catch (UncheckedIOException e) {
                if (isBinary(e.getCause())) {
                    throw new RuleViolation(null, "import.error.notText");
                }
                throw new RuleViolation(null, "import.error.csvSyntax", String.valueOf(e.getCause().getMessage()));
            }
            if (count == 0) {
                throw new RuleViolation(null, "import.error.noRows");
            }
            return count;
        } catch (IOException e) {
            if (isBinary(e)) {
                throw new RuleViolation(null, "import.error.notText");
            }
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBinary(Throwable cause) {
        return cause instanceof CharacterCodingException || cause instanceof BinaryContent;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** Text files never hold NUL characters: one means a binary file with a text extension. */
    private static final class TextOnlyReader extends FilterReader {
        TextOnlyReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == 0) {
                throw new BinaryContent();
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == 0) {
                    throw new BinaryContent();
                }
            }
            return n;
        }
    }

    private static final class BinaryContent extends IOException {
        BinaryContent() {
            super("NUL character in a text file");
        }
    }

    // ---------------------------------------------------------------- XLSX

    private long readXlsx(Path file, Consumer<FileRow> rows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RuleViolation(null, "import.error.empty");
            }
            SheetRows sheetRows = new SheetRows(rows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                XSSFSheetXMLHandler cells = new XSSFSheetXMLHandler(reader.getStylesTable(), strings, sheetRows,
                        new DataFormatter(Locale.ROOT), false);
                parser.setContentHandler(new FormulaMarker(cells, sheetRows));
                parser.parse(new InputSource(sheet));
            }
            if (sheetRows.columns == null) {
                throw new RuleViolation(null, "import.error.empty");
            }
            if (sheetRows.count == 0) {
                throw new RuleViolation(null, "import.error.noRows");
            }
            return sheetRows.count;
        } catch (RuleViolation refused) {
            throw refused;
        } catch (RowsAborted aborted) {
            throw aborted.failure;
        } catch (Exception e) {
            if (isZipBomb(e)) {
                throw new RuleViolation(null, "import.error.zipBomb");
            }
            if (e instanceof SAXException sax && sax.getException() instanceof RowsAborted aborted) {
                throw aborted.failure;
            }
            if (e instanceof ParserConfigurationException) {
                throw new IllegalStateException(e);
            }
            throw new RuleViolation(null, "import.error.notXlsx");
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("inflate ratio")) {
                return true;
            }
        }
        return false;
    }

    /** Carries a refusal, or a failure of whoever takes the rows, out of the SAX parser unchanged. */
    private static final class RowsAborted extends RuntimeException {
        private final RuntimeException failure;

        RowsAborted(RuntimeException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    private final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<FileRow> rows;
        private final Set<String> formulaCells = new HashSet<>();
        private final List<String> cells = new ArrayList<>();
        private List<ImportColumn> columns;
        private long count;

        SheetRows(Consumer<FileRow> rows) {
            this.rows = rows;
        }

        void markFormula(String reference) {
            formulaCells.add(reference);
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            // A formula without a cached result produces no cell event: mark its cell here as well.
            formulaCells.forEach(reference -> put(reference, FORMULA));
            try {
                if (columns == null) {
                    if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                        return;
                    }
                    columns = header(cells);
                    return;
                }
                FileRow row = row(rowNum + 1L, columns, cells);
                if (!row.isBlank()) {
                    count = counted(count);
                    rows.accept(row);
                }
            } catch (RuntimeException failure) {
                throw new RowsAborted(failure);
            } finally {
                formulaCells.clear();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            put(reference, formulaCells.contains(reference) ? FORMULA : formattedValue);
        }

        private void put(String reference, String value) {
            int column = new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
        }
    }

    /** Notes which cells hold a formula ({@code <f>} inside {@code <c>}), then lets POI's handler do the rest. */
    private static final class FormulaMarker extends DefaultHandler {
        private final XSSFSheetXMLHandler cells;
        private final SheetRows rows;
        private String currentCell;

        FormulaMarker(XSSFSheetXMLHandler cells, SheetRows rows) {
            this.cells = cells;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("c".equals(localName)) {
                currentCell = attributes.getValue("r");
            } else if ("f".equals(localName) && currentCell != null) {
                rows.markFormula(currentCell);
            }
            cells.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            cells.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cells.characters(ch, start, length);
        }
    }

    // ---------------------------------------------------------------- both

    private long counted(long count) {
        if (count + 1 > maxRows) {
            throw new RuleViolation(null, "import.error.tooManyRows", String.valueOf(maxRows));
        }
        return count + 1;
    }

    /** The columns in the file's order; refuses unknown, repeated or missing required headers. */
    private static List<ImportColumn> header(List<String> headers) {
        List<ImportColumn> columns = new ArrayList<>();
        Set<ImportColumn> seen = new HashSet<>();
        boolean ok = true;
        for (String header : headers) {
            if (header == null || header.isBlank()) {
                columns.add(null);
                continue;
            }
            ImportColumn column = ImportColumn.ofHeader(header).orElse(null);
            ok &= column != null && seen.add(column);
            columns.add(column);
        }
        for (ImportColumn column : ImportColumn.values()) {
            ok &= !column.required() || seen.contains(column);
        }
        if (!ok) {
            String found = String.join(", ", headers.stream().map(h -> h == null ? "" : h.strip())
                    .filter(h -> !h.isEmpty()).toList());
            throw new RuleViolation(null, "import.error.columns", ImportColumn.expectedHeaders(),
                    found.length() > 200 ? found.substring(0, 200) + "…" : found);
        }
        return columns;
    }

    private static FileRow row(long line, List<ImportColumn> columns, List<String> cells) {
        Map<ImportColumn, String> byColumn = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < Math.min(columns.size(), cells.size()); i++) {
            if (columns.get(i) != null) {
                byColumn.put(columns.get(i), cells.get(i));
            }
        }
        return new FileRow(line, byColumn);
    }
}
