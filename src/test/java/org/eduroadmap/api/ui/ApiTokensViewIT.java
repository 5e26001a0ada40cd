package org.eduroadmap.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import org.eduroadmap.TestClock;

/** The administrator's token screen: a secret shown once, revoking only after confirmation. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
@Transactional
class ApiTokensViewIT extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void creatingATokenShowsItsSecretOnce() {
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.newToken).click();
        NewTokenDialog dialog = $(NewTokenDialog.class).single();
        test(dialog.create).click();
        assertThat(dialog.name.isInvalid()).as("a token needs a name").isTrue();
        test(dialog.name).setValue("EMIS");
        test(dialog.scopes).selectItem("Send KPI values (they wait for approval)");
        test(dialog.create).click();

        SecretDialog shown = $(SecretDialog.class).single();
        String secret = shown.secret.getValue();
        assertThat(secret).startsWith("edr_");
        assertThat(jdbc.queryForList("select secret_hash from api_token", String.class)).singleElement()
                .isNotEqualTo(secret);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("EMIS");

        test($(Button.class, shown).withText("I have copied it").single()).click();
        assertThat($(SecretDialog.class).all()).isEmpty();
        assertThat(shown.secret.getValue()).as("nothing on the page keeps the secret").isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void revokingAsksForConfirmationFirst() {
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.newToken).click();
        NewTokenDialog dialog = $(NewTokenDialog.class).single();
        test(dialog.name).setValue("Reporting");
        test(dialog.scopes).selectItem("Read KPIs, values, roadmap and request summaries");
        test(dialog.create).click();
        $(SecretDialog.class).single().close();

        test(revokeButton(view)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        test(confirm).cancel();
        assertThat(test(view.grid).getRow(0).revoked()).as("cancelled: still active").isFalse();
        assertThat(test(view.grid).getCellText(0, test(view.grid).getColumnPosition("state"))).isEqualTo("Active");

        test(revokeButton(view)).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(test(view.grid).getRow(0).revoked()).isTrue();
        assertThat(revokeButton(view).isVisible()).as("a revoked token cannot be revoked again").isFalse();
        assertThat(jdbc.queryForObject("select revoked_by from api_token", String.class)).isEqualTo("admin");
    }

    private Button revokeButton(ApiTokensView view) {
        return (Button) test(view.grid).getCellComponent(0, "revoke");
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void otherRolesDoNotReachTheScreen() {
        navigate("admin/api-tokens", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ApiTokensView.class);
        assertThat(getCurrentView()).isInstanceOfAny(org.eduroadmap.base.ui.AccessDeniedView.class,
                org.eduroadmap.base.ui.NotFoundView.class);
    }
}
