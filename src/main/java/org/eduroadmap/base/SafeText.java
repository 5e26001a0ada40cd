package org.eduroadmap.base;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every text the application stores passes through here: invisible control characters (NUL and the other C0
 * and C1 controls, except tab and line breaks) and the Unicode direction overrides that can disguise what a text
 * says (a file name that reads "report.pdf" but is "fdp.exe") are dropped. Everything a person can see (any
 * script, emoji, markup, quotes) is kept exactly: markup is shown as text, never interpreted, and SQL never
 * touches user text except as a bound parameter. PostgreSQL refuses NUL in text, so without this a pasted NUL
 * would fail a save there while H2 stored it.
 */
@Converter(autoApply = true)
public class SafeText implements AttributeConverter<String, String> {

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (drop && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** At most {@code length} characters from the start, never cutting an emoji or other pair in half. */
    public static String head(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return clean(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return column;
    }
}
