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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import org.eduroadmap.TestClock;
import org.eduroadmap.base.ui.NotFoundView;

/** A request's page per role: only the steps the user may take are offered. Rolled back. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
@Transactional
class RequestViewIT extends SpringBrowserlessTest {

    private void open(String number) {
        UI.getCurrent().navigate("assistance/" + number);
    }

    private java.util.List<String> actions() {
        return $(Button.class).withClassName("request-action").all().stream().map(Button::getText).toList();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void theManagerSubmitsADraft() {
        open("TA-2026-003");
        assertThat(actions()).containsExactly("Submit", "Withdraw");
        test($(Button.class).withClassName("request-action-SUBMIT").single()).click();
        assertThat($(Span.class).withClassName("request-status").single().getText()).isEqualTo("Submitted");
        assertThat(actions()).containsExactly("Withdraw");
        assertThat($(Anchor.class).withClassName("request-kpi").single().getHref()).isEqualTo("kpis/MOE-DIGITAL-TEXTBOOKS");
    }

    @Test
    @WithMockUser(username = "gelkhoury", roles = "UNESCO_ADVISOR")
    void anAdvisorOfTheAddressedOfficeTakesItUp() {
        open("TA-2026-001");
        assertThat(actions()).containsExactly("Take it", "Assign");
        assertThat($(Span.class).withClassName("sla-BREACHED").single().getText()).startsWith("Response late by");
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void anotherOfficesRequestIsNotFoundForAnAdvisor() {
        open("TA-2026-001");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        open("TA-2026-002");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void answeringAsksForTheAnswer() {
        open("TA-2025-001");
        test($(Button.class).withClassName("request-action-ANSWER").single()).click();
        test($(Button.class).withClassName("request-action-confirm").single()).click();
        TextArea text = $(TextArea.class, $(com.vaadin.flow.component.dialog.Dialog.class).single()).single();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Write the answer to the question.");
        test(text).setValue("40 master trainers per velayat.");
        test($(Button.class).withClassName("request-action-confirm").single()).click();
        assertThat($(Span.class).withClassName("request-status").single().getText()).isEqualTo("Under review");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void theMinisterSeesNoSteps() {
        open("TA-2026-001");
        assertThat(actions()).isEmpty();
        assertThat($(Span.class).withClassName("request-status").single().getText()).isEqualTo("Submitted");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void anUnknownNumberIsNotFound() {
        open("TA-1999-999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void theManagerEditsADraftAndSeesTheFieldAtFault() {
        open("TA-2026-003");
        test($(Button.class).withClassName("edit-request").single()).click();
        RequestForm form = $(RequestForm.class).single();
        test(form.title).setValue("");
        test(form.save).click();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("This field is required.");
        test(form.title).setValue("Open educational resources in Turkmen and Russian");
        test(form.save).click();
        assertThat($(com.vaadin.flow.component.html.H2.class).first().getText())
                .isEqualTo("TA-2026-003 · Open educational resources in Turkmen and Russian");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void theMinisterCannotEdit() {
        open("TA-2026-003");
        assertThat($(Button.class).withClassName("edit-request").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "gelkhoury", roles = "UNESCO_ADVISOR")
    void anAdvisorAssignsAColleague() {
        open("TA-2026-001");
        test($(Button.class).withClassName("request-action-ASSIGN").single()).click();
        test($(Button.class).withClassName("request-action-confirm").single()).click();
        com.vaadin.flow.component.combobox.ComboBox<?> advisor = $(com.vaadin.flow.component.combobox.ComboBox.class,
                $(com.vaadin.flow.component.dialog.Dialog.class).single()).single();
        assertThat(advisor.isInvalid()).isTrue();
        test(advisor).selectItem("Golda El-Khoury");
        test($(Button.class).withClassName("request-action-confirm").single()).click();
        assertThat($(Span.class).withClassName("request-status").single().getText()).isEqualTo("Under review");
    }
}
