package org.eduroadmap.assistance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;

import org.eduroadmap.TestClock;
import org.eduroadmap.base.ui.NotFoundView;

/**
 * Typing a request's address: an advisor gets the ordinary not-found page for a request they may not see,
 * as for a number that does not exist; the ministry opens the same page. Rolled back.
 */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
@Transactional
class RequestVisibilityViewIT extends SpringBrowserlessTest {

    private void open(String number) {
        UI.getCurrent().navigate("assistance/" + number);
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void anAdvisorOpeningADraftOrAnotherOfficesRequestGetsTheNotFoundPage() {
        open("TA-1999-999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        String notFound = ((NotFoundView) getCurrentView()).getElement().getTextRecursively();

        for (String hidden : new String[] {"TA-2026-003", "TA-2026-001"}) {
            open(hidden);
            assertThat(getCurrentView()).as(hidden).isInstanceOf(NotFoundView.class);
            // The page names the address typed, and nothing else differs.
            assertThat(((NotFoundView) getCurrentView()).getElement().getTextRecursively())
                    .isEqualTo(notFound.replace("TA-1999-999", hidden));
            assertThat($(H2.class).all()).noneMatch(heading -> heading.getText().startsWith(hidden));
        }

        open("TA-2025-001");
        assertThat(getCurrentView()).isInstanceOf(RequestView.class);
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void theMinisterOpensTheDraft() {
        open("TA-2026-003");
        assertThat(getCurrentView()).isInstanceOf(RequestView.class);
        assertThat($(H2.class).first().getText()).startsWith("TA-2026-003 · ");
    }
}
