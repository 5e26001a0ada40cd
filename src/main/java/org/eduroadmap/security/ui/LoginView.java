package org.eduroadmap.security.ui;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.eduroadmap.base.Language;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(@Value("${eduroadmap.demo-data:false}") boolean demoData) {
        addClassName("login-view");

        H1 title = new H1("EduRoadmap");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translatedForm());

        Div card = new Div(title, tagline, form, languageSelect());
        card.addClassName("login-card");
        if (demoData) {
            Paragraph accounts = new Paragraph(getTranslation("login.demoAccounts"));
            accounts.addClassName("login-demo-accounts");
            card.add(accounts);
        }
        add(card);
    }

    private LoginI18n translatedForm() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form text = i18n.getForm();
        text.setTitle(getTranslation("login.title"));
        text.setUsername(getTranslation("login.username"));
        text.setPassword(getTranslation("login.password"));
        text.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    private Select<Language> languageSelect() {
        Select<Language> language = new Select<>();
        language.setAriaLabel(getTranslation("layout.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.of(getLocale()));
        language.addValueChangeListener(event -> {
            VaadinSession.getCurrent().setLocale(event.getValue().locale());
            UI.getCurrent().getPage().reload();
        });
        language.addClassName("login-language");
        return language;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · EduRoadmap";
    }
}
