package org.eduroadmap.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import org.eduroadmap.TestClock;
import org.eduroadmap.security.AppUserRepository;

/** The administrator disables a user only after a confirmation naming them, and enables them again. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
@Transactional
class AdminViewIT extends SpringBrowserlessTest {

    @Autowired
    AppUserRepository users;

    private int rowOf(AdminView view, String username) {
        var grid = test(view.usersGrid);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).username().equals(username)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + username);
    }

    private Button action(AdminView view, String username, String className) {
        Component actions = test(view.usersGrid).getCellComponent(rowOf(view, username), "actions");
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName(className)).findFirst().orElseThrow();
    }

    private boolean enabled(String username) {
        // Through the persistence context, which sees the test transaction's unflushed changes.
        return users.findByUsername(username).orElseThrow().isEnabled();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void disablingAsksFirstNamingTheUserAndEnablingUndoesIt() {
        AdminView view = navigate(AdminView.class);
        roundTrip();

        test(action(view, "manager", "disable-user")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).contains("manager");
        test(confirm).cancel();
        assertThat(enabled("manager")).as("cancelled").isTrue();

        test(action(view, "manager", "disable-user")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(enabled("manager")).isFalse();
        assertThat(test(view.usersGrid).getCellText(rowOf(view, "manager"),
                test(view.usersGrid).getColumnPosition("state"))).isEqualTo("Disabled");

        test(action(view, "manager", "enable-user")).click();
        assertThat(enabled("manager")).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorCannotDisableThemselves() {
        AdminView view = navigate(AdminView.class);
        roundTrip();

        test(action(view, "admin", "disable-user")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(enabled("admin")).isTrue();
    }
}
