package org.eduroadmap.importing;

import java.util.List;
import java.util.Set;

/**
 * What a file would do, or did: rows read, how many are new, changed, unchanged or invalid, and why
 * each invalid row is refused.
 *
 * @param kpiCodes the KPIs the valid rows are about, to link to their pages
 */
public record ImportPreview(String fileName, long rows, long newRows, long changedRows, long unchangedRows,
                            long invalidRows, List<RowProblem> problems, Set<String> kpiCodes) {

    /** Rows that would be written: new and changed ones. */
    public long toWrite() {
        return newRows + changedRows;
    }
}
