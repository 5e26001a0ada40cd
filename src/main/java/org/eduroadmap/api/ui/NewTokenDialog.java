package org.eduroadmap.api.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.eduroadmap.api.ApiScope;
import org.eduroadmap.api.ApiTokenService;
import org.eduroadmap.api.CreatedApiToken;
import org.eduroadmap.base.RuleViolation;

/** Names a new token and chooses what it may do; the service checks both. */
class NewTokenDialog extends Dialog {

    final TextField name = new TextField();
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    final Button create;

    NewTokenDialog(ApiTokenService tokens, Consumer<CreatedApiToken> created) {
        addClassName("new-token-dialog");
        setHeaderTitle(getTranslation("apiTokens.new"));
        name.setLabel(getTranslation("apiTokens.name"));
        name.setHelperText(getTranslation("apiTokens.name.hint"));
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        scopes.setLabel(getTranslation("apiTokens.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(scope -> getTranslation("apiTokens.scope." + scope.name()));
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        scopes.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(name, scopes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        create = new Button(getTranslation("apiTokens.create"), click -> {
            name.setInvalid(false);
            scopes.setInvalid(false);
            try {
                CreatedApiToken token = tokens.create(name.getValue(), scopes.getValue());
                close();
                created.accept(token);
            } catch (RuleViolation refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                if ("scopes".equals(refused.field())) {
                    scopes.setErrorMessage(message);
                    scopes.setInvalid(true);
                } else {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                }
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }
}
