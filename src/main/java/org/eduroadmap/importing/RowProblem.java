package org.eduroadmap.importing;

import java.util.List;

/**
 * Why a row of a file cannot be imported, as a message key and its arguments so the screen says it in
 * the user's language.
 *
 * @param column the header of the column at fault, or null when the row as a whole is refused
 */
public record RowProblem(long line, String column, String messageKey, List<String> arguments) {

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
