package org.eduroadmap.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import org.eduroadmap.api.CreatedApiToken;

/**
 * Shows a new token's secret, the only time it is ever shown: the application keeps only its hash.
 * Closing needs a click on the button, so the secret is not lost by a stray click outside.
 */
class SecretDialog extends Dialog {

    final TextField secret = new TextField();

    SecretDialog(CreatedApiToken token) {
        addClassName("token-secret-dialog");
        setHeaderTitle(getTranslation("apiTokens.secret.title", token.name()));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        Paragraph hint = new Paragraph(getTranslation("apiTokens.secret.hint"));
        hint.addClassName("token-secret-hint");
        secret.setLabel(getTranslation("apiTokens.secret"));
        secret.setValue(token.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("token-secret");
        Button copy = new Button(getTranslation("apiTokens.secret.copy"), VaadinIcon.COPY.create(), click -> {
            // The secret is already in the browser (the field shows it); the clipboard call passes it as a parameter.
            secret.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", token.secret());
            Notification.show(getTranslation("apiTokens.secret.copied"));
        });
        add(hint, secret);
        Button done = new Button(getTranslation("apiTokens.secret.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, done);
        setWidth("min(40rem, 95vw)");
        // Once closed, nothing on the page holds the secret any more.
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                secret.clear();
            }
        });
    }
}
