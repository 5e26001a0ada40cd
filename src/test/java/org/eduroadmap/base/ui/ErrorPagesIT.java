package org.eduroadmap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;

/** Failures reach the user as a plain message with an error number, never as a stack trace. */
@SpringBootTest
@ViewPackages(packages = "org.eduroadmap")
class ErrorPagesIT extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void anUnexpectedFailureShowsAFriendlyPageWithAnErrorNumber() {
        navigate("test-failure", Component.class);

        assertThat(getCurrentView()).isInstanceOf(ErrorView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Something went wrong");
        String message = $(Paragraph.class).withClassName("message-text").single().getText();
        assertThat(message).matches(".*error number [0-9a-f]{8}\\.$");
        assertThat(message).doesNotContain("exploded").doesNotContain("SELECT").doesNotContain("Exception");
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void anUnknownPageSaysSo() {
        navigate("no/such/page", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(Paragraph.class).withClassName("message-text").single().getText())
                .isEqualTo("There is no page at /no/such/page.");
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void anUnreachableDatabaseSaysTryAgainLaterWithoutAnErrorNumber() {
        navigate("test-unreachable-database", Component.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Temporarily unavailable");
        assertThat($(Paragraph.class).withClassName("message-text").single().getText())
                .isEqualTo("The database cannot be reached just now. Nothing is lost: try again in a minute.");
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aFailedActionIsReportedInTheUsersLanguageNotSwallowed() {
        navigate("kpis", Component.class);
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        UserErrors errors = new UserErrors();

        errors.error(new ErrorEvent(UnreachableDatabaseView.unreachable()));
        errors.error(new ErrorEvent(new IllegalStateException("SELECT secret FROM app_user")));

        List<String> shown = $(Notification.class).all().stream()
                .map(notification -> notification.getElement().getProperty("text")).toList();
        assertThat(shown).hasSize(2);
        assertThat(shown.getFirst()).startsWith("База данных сейчас недоступна");
        assertThat(shown.getLast()).matches("Действие не выполнено .* [0-9a-f]{8}\\.$").doesNotContain("SELECT");
    }
}
