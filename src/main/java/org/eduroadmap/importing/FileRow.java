package org.eduroadmap.importing;

import java.util.EnumMap;
import java.util.Map;

/** One data row of a file: its line (row number as a spreadsheet shows it) and its cells by column. */
record FileRow(long line, Map<ImportColumn, String> cells) {

    FileRow {
        cells = new EnumMap<>(cells);
    }

    String cell(ImportColumn column) {
        String text = cells.get(column);
        return text == null || text.isBlank() ? null : text.strip();
    }

    boolean isBlank() {
        return cells.values().stream().allMatch(text -> text == null || text.isBlank());
    }
}
