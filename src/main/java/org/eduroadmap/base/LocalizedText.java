package org.eduroadmap.base;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A text held in each language of the user interface. Callers pick the variant for the user's
 * locale; English is the fallback when a translation is blank.
 */
@Embeddable
public record LocalizedText(
        @Column(name = "name_en") String en,
        @Column(name = "name_ru") String ru,
        @Column(name = "name_tk") String tk) {

    public static LocalizedText of(String en, String ru, String tk) {
        return new LocalizedText(en, ru, tk);
    }

    public String in(Locale locale) {
        String text = switch (Language.of(locale)) {
            case RU -> ru;
            case TK -> tk;
            case EN -> en;
        };
        return text == null || text.isBlank() ? en : text;
    }
}
