package org.eduroadmap.base;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Gives Vaadin's {@code getTranslation} the application's message bundles
 * ({@code messages.properties}, {@code _ru}, {@code _tk}), the same ones Spring uses.
 */
@Component
class MessageBundleI18NProvider implements I18NProvider {

    private final MessageSource messages;

    MessageBundleI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, Language.of(locale).locale());
        } catch (NoSuchMessageException missing) {
            // Visible in the UI and caught by the bundle test, rather than an error page.
            return "!" + key;
        }
    }
}
