package org.eduroadmap.admin.ui;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.organisation.Organisation;
import org.eduroadmap.organisation.OrganisationService;
import org.eduroadmap.organisation.Region;
import org.eduroadmap.security.Role;
import org.eduroadmap.security.UserRow;
import org.eduroadmap.security.UserService;
import org.eduroadmap.security.ui.ResetPasswordDialog;

/** Users, organisations and regions, for the system administrator. */
@Route("admin")
@Menu(order = 9, icon = "vaadin:cog", title = "nav.admin")
@RolesAllowed(Role.ADMIN_NAME)
class AdminView extends Main implements HasDynamicTitle {

    final Grid<UserRow> usersGrid;

    AdminView(UserService users, OrganisationService organisations) {
        addClassName("page");
        TabSheet tabs = new TabSheet();
        usersGrid = usersGrid(users);
        tabs.add(getTranslation("admin.users"), usersGrid);
        tabs.add(getTranslation("admin.organisations"), organisationsGrid(organisations));
        tabs.add(getTranslation("admin.regions"), regionsGrid(organisations));
        tabs.setSizeFull();
        add(tabs);
        setHeightFull();
    }

    private Grid<UserRow> usersGrid(UserService users) {
        Grid<UserRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserRow::username).setHeader(getTranslation("admin.username")).setSortable(true)
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(UserRow::fullName).setHeader(getTranslation("admin.fullName")).setSortable(true)
                .setSortProperty("fullName");
        grid.addColumn(row -> getTranslation("role." + row.role().name())).setHeader(getTranslation("admin.role"))
                .setSortable(true).setSortProperty("role").setAutoWidth(true);
        grid.addColumn(row -> row.organisation() == null ? "–" : row.organisation().in(getLocale()))
                .setHeader(getTranslation("admin.organisation"));
        grid.addColumn(row -> getTranslation(row.enabled() ? "admin.enabled" : "admin.disabled"))
                .setHeader(getTranslation("admin.state")).setAutoWidth(true).setKey("state");
        grid.addComponentColumn(row -> new HorizontalLayout(resetButton(users, row), enableButton(users, grid, row)))
                .setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.setItemsPageable(pageable -> users.users(pageable).getContent());
        grid.setSizeFull();
        return grid;
    }

    /** Disabling asks first, naming the user; enabling again needs no confirmation. */
    private Button enableButton(UserService users, Grid<UserRow> grid, UserRow row) {
        Button button = new Button(getTranslation(row.enabled() ? "admin.user.disable" : "admin.user.enable"));
        button.addClassName(row.enabled() ? "disable-user" : "enable-user");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (row.enabled()) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            button.addClickListener(click -> {
                ConfirmDialog dialog = new ConfirmDialog();
                dialog.addClassName("disable-user-confirm");
                dialog.setHeader(getTranslation("admin.user.disable.title", row.fullName(), row.username()));
                dialog.add(new Text(getTranslation("admin.user.disable.text")));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("action.cancel"));
                dialog.setConfirmText(getTranslation("admin.user.disable"));
                dialog.setConfirmButtonTheme("error primary");
                dialog.addConfirmListener(confirm -> change(users, grid, row, false));
                dialog.open();
            });
        } else {
            button.addClickListener(click -> change(users, grid, row, true));
        }
        return button;
    }

    private void change(UserService users, Grid<UserRow> grid, UserRow row, boolean enabled) {
        try {
            users.setEnabled(row.id(), row.version(), enabled);
            Notification.show(getTranslation(enabled ? "admin.user.enabled" : "admin.user.disabled", row.username()),
                    3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuleViolation refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            Notification.show(getTranslation("admin.user.error.stale"), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        grid.getDataProvider().refreshAll();
    }

    private Button resetButton(UserService users, UserRow row) {
        Button reset = new Button(getTranslation("password.reset"),
                click -> new ResetPasswordDialog(users, row.id(), row.username()).open());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return reset;
    }

    private Grid<Organisation> organisationsGrid(OrganisationService organisations) {
        Grid<Organisation> grid = new Grid<>();
        grid.addColumn(Organisation::getCode).setHeader(getTranslation("admin.code")).setAutoWidth(true);
        grid.addColumn(org -> org.nameIn(getLocale())).setHeader(getTranslation("admin.name"));
        grid.addColumn(org -> getTranslation("organisation.kind." + org.getKind().name()))
                .setHeader(getTranslation("admin.kind")).setAutoWidth(true);
        grid.setItems(organisations.organisations());
        grid.setSizeFull();
        return grid;
    }

    private Grid<Region> regionsGrid(OrganisationService organisations) {
        Grid<Region> grid = new Grid<>();
        grid.addColumn(Region::getCode).setHeader(getTranslation("admin.code")).setAutoWidth(true);
        grid.addColumn(region -> region.getIsoCode() == null ? getTranslation("region.noIsoCode") : region.getIsoCode())
                .setHeader(getTranslation("region.isoCode")).setAutoWidth(true);
        grid.addColumn(region -> region.nameIn(getLocale())).setHeader(getTranslation("admin.name"));
        grid.addColumn(region -> getTranslation("region.kind." + region.getKind().name()))
                .setHeader(getTranslation("admin.kind")).setAutoWidth(true);
        grid.setItems(organisations.regions());
        grid.setSizeFull();
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin") + " · EduRoadmap";
    }
}
