package org.eduroadmap.roadmap;

import java.util.Locale;

import org.eduroadmap.base.LocalizedText;

/** Something a form lets the user pick: its id and its name in each language. Equal by id. */
public record Choice(Long id, LocalizedText name) {

    /** A name that reads the same in every language, such as a person's. */
    public static Choice plain(Long id, String name) {
        return new Choice(id, LocalizedText.of(name, name, name));
    }

    public String label(Locale locale) {
        return name.in(locale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice choice && id.equals(choice.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
