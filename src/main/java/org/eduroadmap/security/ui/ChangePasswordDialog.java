package org.eduroadmap.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.security.UserService;

/** Lets signed-in users change their own password; the service checks the current one and the policy. */
public class ChangePasswordDialog extends Dialog {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    ChangePasswordDialog(UserService users) {
        setHeaderTitle(getTranslation("password.change"));
        current.setLabel(getTranslation("password.current"));
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rule"));
        newPassword.setMaxLength(128);
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setMaxLength(128);
        VerticalLayout fields = new VerticalLayout(current, newPassword, repeat);
        fields.setPadding(false);
        fields.getChildren().forEach(field -> ((PasswordField) field).setWidthFull());
        add(fields);
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(users));
        Button cancel = new Button(getTranslation("password.cancel"), click -> close());
        getFooter().add(cancel, save);
        setWidth("min(28rem, 95vw)");
    }

    /** The user-menu button that opens the dialog. */
    public static Button opener(UserService users) {
        Button button = new Button(VaadinIcon.KEY.create(), click -> new ChangePasswordDialog(users).open());
        button.setText(button.getTranslation("password.change"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("change-password");
        return button;
    }

    private void save(UserService users) {
        current.setInvalid(false);
        newPassword.setInvalid(false);
        repeat.setInvalid(false);
        if (!newPassword.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.error.repeat"));
            repeat.setInvalid(true);
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), newPassword.getValue());
        } catch (RuleViolation refused) {
            PasswordField field = "currentPassword".equals(refused.field()) ? current : newPassword;
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            field.setInvalid(true);
            return;
        }
        close();
        Notification.show(getTranslation("password.changed"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
