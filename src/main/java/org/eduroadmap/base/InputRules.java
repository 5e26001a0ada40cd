package org.eduroadmap.base;

import java.time.LocalDate;

/**
 * The checks every typed text and date passes in the services, whichever screen, file or API it came from.
 * A text is cleaned first (see {@link SafeText}), then stripped, and only then checked for being empty or
 * too long: the checks see exactly what would be stored, so a text of invisible characters alone counts as
 * empty and a limit never counts characters that are dropped. Limits match the database columns, so an
 * over-long text is refused with a message instead of failing in the database.
 */
public final class InputRules {

    /** The earliest year a date may fall in: no plan, meeting or value of the Roadmap is older. */
    public static final int FIRST_YEAR = 2000;
    /** The latest year a date may fall in: later ones are typing errors, not plans. */
    public static final int LAST_YEAR = 2100;

    private InputRules() {
    }

    /**
     * The cleaned, stripped text; refused with {@code requiredKey} when nothing is left and with
     * {@code lengthKey} (argument: the limit) when longer than {@code maxLength}.
     */
    public static String required(String field, String typed, int maxLength, String requiredKey, String lengthKey) {
        String text = optional(field, typed, maxLength, lengthKey);
        if (text == null) {
            throw new RuleViolation(field, requiredKey);
        }
        return text;
    }

    /**
     * The cleaned, stripped text, or null when nothing is left; refused with {@code lengthKey} (argument:
     * the limit) when longer than {@code maxLength}.
     */
    public static String optional(String field, String typed, int maxLength, String lengthKey) {
        String text = cleaned(typed);
        if (text != null && text.length() > maxLength) {
            throw new RuleViolation(field, lengthKey, maxLength);
        }
        return text;
    }

    /** The text as it would be stored, without surrounding blanks; null when nothing is left. */
    public static String cleaned(String typed) {
        String text = typed == null ? "" : SafeText.clean(typed).strip();
        return text.isEmpty() ? null : text;
    }

    /** Refuses a date outside the years {@link #FIRST_YEAR} to {@link #LAST_YEAR}; null passes. */
    public static void plausible(String field, LocalDate date) {
        if (date != null) {
            plausibleYear(field, date.getYear(), "input.error.dateRange");
        }
    }

    /** Refuses a year outside {@link #FIRST_YEAR} to {@link #LAST_YEAR} with {@code key} (arguments: both). */
    public static void plausibleYear(String field, Integer year, String key) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolation(field, key, FIRST_YEAR, LAST_YEAR);
        }
    }
}
