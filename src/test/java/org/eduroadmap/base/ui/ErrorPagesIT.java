package org.eduroadmap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

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
}
