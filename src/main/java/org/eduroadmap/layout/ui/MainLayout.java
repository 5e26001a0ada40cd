package org.eduroadmap.layout.ui;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.eduroadmap.base.Language;
import org.eduroadmap.notification.NotificationService;
import org.eduroadmap.notification.ui.NotificationBell;
import org.eduroadmap.security.UserProfile;
import org.eduroadmap.security.UserService;
import org.eduroadmap.security.ui.ChangePasswordDialog;

/**
 * The frame around every signed-in screen. The navigation lists only the views the user's role
 * may open: {@link MenuConfiguration} applies the same access rules as the router.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final UserService users;
    private final AuthenticationContext authentication;
    private final H1 viewTitle = new H1();
    private final NotificationBell notificationBell;

    public MainLayout(UserService users, AuthenticationContext authentication, NotificationService notifications,
                      @Value("${eduroadmap.demo-data:false}") boolean demoData) {
        this.users = users;
        this.authentication = authentication;
        this.notificationBell = new NotificationBell(notifications);
        setPrimarySection(Section.DRAWER);

        viewTitle.addClassName("view-title");
        Div header = new Div(new DrawerToggle(), viewTitle);
        header.addClassName("app-header");
        if (demoData) {
            Span badge = new Span(getTranslation("layout.demoData"));
            badge.getElement().getThemeList().add("badge contrast");
            badge.getElement().setAttribute("title", getTranslation("layout.demoData.hint"));
            badge.addClassName("demo-badge");
            header.add(badge);
        }
        header.add(notificationBell);
        addToNavbar(header);

        Span appName = new Span("EduRoadmap");
        appName.addClassName("app-name");
        Div brand = new Div(new Icon(VaadinIcon.ACADEMY_CAP), appName);
        brand.addClassName("app-brand");
        addToDrawer(brand, new Scroller(navigation()), userPanel());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private static Component icon(String name) {
        String[] collectionAndName = name.split(":", 2);
        return collectionAndName.length == 2 ? new Icon(collectionAndName[0], collectionAndName[1]) : new Icon(name);
    }

    private Component userPanel() {
        Div panel = new Div();
        panel.addClassName("user-panel");
        users.currentUser().ifPresent(user -> panel.add(userCard(user), languageSelect(user)));
        panel.add(ChangePasswordDialog.opener(users));
        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");
        panel.add(logout);
        return panel;
    }

    private Component userCard(UserProfile user) {
        Span name = new Span(user.fullName());
        name.addClassName("user-name");
        Span role = new Span(getTranslation("role." + user.role().name()));
        role.addClassName("user-role");
        Div card = new Div(name, role);
        if (user.organisation() != null) {
            Span organisation = new Span(user.organisation().in(getLocale()));
            organisation.addClassName("user-organisation");
            card.add(organisation);
        }
        card.addClassName("user-card");
        return card;
    }

    private Select<Language> languageSelect(UserProfile user) {
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("layout.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.of(getLocale()));
        language.addValueChangeListener(event -> {
            Language chosen = event.getValue();
            users.changeLanguage(chosen);
            VaadinSession.getCurrent().setLocale(chosen.locale());
            // A reload re-renders every text, chart and date format in the new language at once.
            UI.getCurrent().getPage().reload();
        });
        language.addClassName("language-select");
        return language;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "";
        viewTitle.setText(title.replace(" · EduRoadmap", ""));
        notificationBell.refresh();
    }
}
