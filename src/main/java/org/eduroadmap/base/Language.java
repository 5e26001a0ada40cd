package org.eduroadmap.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The languages of the user interface. Turkmen is written in the Latin script. */
public enum Language {
    EN("en", "English"),
    RU("ru", "Русский"),
    TK("tk", "Türkmençe");

    private final Locale locale;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.locale = Locale.forLanguageTag(tag);
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    /** The language's own name, so a user who cannot read the current language can still find theirs. */
    public String nativeName() {
        return nativeName;
    }

    public static Language of(Locale locale) {
        if (locale == null) {
            return EN;
        }
        return Arrays.stream(values())
                .filter(language -> language.tag().equals(locale.getLanguage()))
                .findFirst()
                .orElse(EN);
    }

    public static Language ofTag(String tag) {
        return tag == null ? EN : of(Locale.forLanguageTag(tag));
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }
}
