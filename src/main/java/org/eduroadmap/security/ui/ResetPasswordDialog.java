package org.eduroadmap.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.security.UserService;

/** An administrator sets a new password for a user; the password policy applies. */
public class ResetPasswordDialog extends Dialog {

    final PasswordField newPassword = new PasswordField();
    final Button save = new Button();

    public ResetPasswordDialog(UserService users, long userId, String username) {
        setHeaderTitle(getTranslation("password.reset") + " · " + username);
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rule"));
        newPassword.setMaxLength(128);
        newPassword.setWidthFull();
        add(newPassword);
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                users.resetPassword(userId, newPassword.getValue());
            } catch (RuleViolation refused) {
                newPassword.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                newPassword.setInvalid(true);
                return;
            }
            close();
            Notification.show(getTranslation("password.resetDone"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        getFooter().add(new Button(getTranslation("password.cancel"), click -> close()), save);
        setWidth("min(28rem, 95vw)");
    }
}
