package org.eduroadmap.api.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.eduroadmap.api.ApiScope;
import org.eduroadmap.api.ApiTokenRow;
import org.eduroadmap.api.ApiTokenService;
import org.eduroadmap.base.Formats;
import org.eduroadmap.security.Role;

/**
 * The tokens other systems call the REST API with. An administrator creates one per system, sees
 * its secret once, and revokes it when the system no longer needs it or the secret may have leaked.
 */
@Route("admin/api-tokens")
@Menu(order = 9.5, icon = "vaadin:key", title = "nav.apiTokens")
@RolesAllowed(Role.ADMIN_NAME)
class ApiTokensView extends Main implements HasDynamicTitle {

    final Grid<ApiTokenRow> grid = new Grid<>();
    final Button newToken;
    private final ApiTokenService tokens;

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassNames("page", "api-tokens");
        newToken = new Button(getTranslation("apiTokens.new"), VaadinIcon.PLUS.create(), click -> openCreate());
        newToken.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro = new Paragraph(getTranslation("apiTokens.intro"));
        intro.addClassName("api-tokens-intro");
        Div header = new Div(intro, newToken);
        header.addClassName("api-tokens-header");
        add(header, grid());
        setHeightFull();
        refresh();
    }

    private Grid<ApiTokenRow> grid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ApiTokenRow::name).setHeader(getTranslation("apiTokens.name")).setAutoWidth(true)
                .setFlexGrow(1);
        // The scope values themselves, short and as the API documentation names them; the description on hover.
        grid.addColumn(ApiTokenRow::scopes).setHeader(getTranslation("apiTokens.scopes")).setAutoWidth(true)
                .setTooltipGenerator(this::scopes);
        grid.addColumn(row -> row.createdBy() + ", " + Formats.date(row.createdAt(), getLocale()))
                .setHeader(getTranslation("apiTokens.created")).setAutoWidth(true);
        grid.addColumn(row -> row.lastUsedAt() == null ? getTranslation("apiTokens.never")
                : Formats.date(row.lastUsedAt(), getLocale())).setHeader(getTranslation("apiTokens.lastUsed"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.revoked()
                        ? getTranslation("apiTokens.revokedOn", Formats.date(row.revokedAt(), getLocale()))
                        : getTranslation("apiTokens.active"))
                .setHeader(getTranslation("apiTokens.state")).setKey("state").setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Button revoke = new Button(getTranslation("apiTokens.revoke"), click -> confirmRevoke(row));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.addClassName("revoke-token");
            revoke.setVisible(!row.revoked());
            return revoke;
        }).setKey("revoke").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("apiTokens.none"));
        grid.setSizeFull();
        return grid;
    }

    private String scopes(ApiTokenRow row) {
        return Arrays.stream(row.scopes().split(" ")).map(ApiScope::of)
                .flatMap(java.util.Optional::stream)
                .map(scope -> getTranslation("apiTokens.scope." + scope.name()))
                .collect(Collectors.joining(", "));
    }

    private void openCreate() {
        NewTokenDialog dialog = new NewTokenDialog(tokens, created -> {
            refresh();
            new SecretDialog(created).open();
        });
        dialog.open();
    }

    private void confirmRevoke(ApiTokenRow row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("revoke-token-confirm");
        dialog.setHeader(getTranslation("apiTokens.revoke.title", row.name()));
        dialog.add(new Text(getTranslation("apiTokens.revoke.text")));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("apiTokens.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            tokens.revoke(row.id());
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.tokens());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.apiTokens") + " · EduRoadmap";
    }
}
