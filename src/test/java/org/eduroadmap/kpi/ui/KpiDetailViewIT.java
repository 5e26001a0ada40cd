package org.eduroadmap.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

import org.eduroadmap.TestClock;
import org.eduroadmap.base.ui.NotFoundView;
import org.eduroadmap.kpi.MeasurementRow;

/** The KPI page per role: what each may do on it, and the discussion under the figures. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
class KpiDetailViewIT extends SpringBrowserlessTest {

    /** The buttons offered on the newest recorded value (2026, national: submitted in the demo). */
    private List<String> actionsOnNewestValue() {
        @SuppressWarnings("unchecked")
        Grid<MeasurementRow> grid = $(Grid.class).all().stream()
                .filter(candidate -> candidate.getColumnByKey("actions") != null).findFirst().orElseThrow();
        Component actions = test(grid).getCellComponent(0, "actions");
        return actions.getChildren().map(button -> ((Button) button).getText()).toList();
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aMinisterReadsTheStatusInWordsButCannotEnterOrApprove() {
        navigate("kpis/SDG-4.a.1b", Component.class);

        assertThat($(Paragraph.class).withClassName("kpi-explanation").single().getText())
                .isEqualTo("The latest approved value, 77.0 in 2025, is 87\u00a0% of the way from the 2019 baseline (41.0)"
                        + " to the 2025 target (82.5). On track needs 80\u00a0%, at risk 50\u00a0%.");
        assertThat($(MeasurementEntryForm.class).all()).isEmpty();
        assertThat(actionsOnNewestValue()).isEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aManagerMayEnterValuesButNotApprove() {
        navigate("kpis/SDG-4.a.1b", Component.class);

        assertThat($(MeasurementEntryForm.class).all()).hasSize(1);
        assertThat(actionsOnNewestValue()).as("a submitted value waits for an approver").isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorApprovesSubmittedValuesButDoesNotEnterThem() {
        navigate("kpis/SDG-4.a.1b", Component.class);

        assertThat($(MeasurementEntryForm.class).all()).isEmpty();
        assertThat(actionsOnNewestValue()).containsExactly("Approve", "Return");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aMinisterCommentsAndMarkupStaysText() {
        navigate("kpis/SDG-4.c.1-DIG", Component.class);
        TextArea box = $(TextArea.class).single();

        test(box).setValue("   ");
        test($(Button.class).withText("Post").single()).click();
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).isEqualTo("Write something first.");

        test(box).setValue("Why is Dashoguz behind? <img src=x onerror=alert(1)>");
        test($(Button.class).withText("Post").single()).click();
        assertThat($(Paragraph.class).withClassName("comment-body").all()).extracting(Paragraph::getText)
                .contains("Why is Dashoguz behind? <img src=x onerror=alert(1)>");
        assertThat(box.getValue()).isEmpty();
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void theKpiPageJoinsTheRoadmapActivitiesAndRequestsMeantToMoveIt() {
        navigate("kpis/MOE-EMIS-COVERAGE", Component.class);

        List<String> items = $(ListItem.class).all().stream().map(item -> item.getElement().getTextRecursively())
                .toList();
        assertThat(items).anyMatch(text -> text.startsWith("EMIS pilot in Ahal and Ashgabat schools")
                && text.contains("Overdue"));
        assertThat(items).anyMatch(text -> text.startsWith("EMIS national roll-out"));
        assertThat(items).anyMatch(text -> text.startsWith("TA-2024-001 · EMIS design"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theEditorRefusesThresholdsThatOverlapAndSaysWhy() {
        navigate("kpis/SDG-4.a.1b", Component.class);
        test($(Button.class).withText("Edit indicator").single()).click();

        BigDecimalField onTrack = $(BigDecimalField.class).all().stream()
                .filter(field -> "On track from, % of the way".equals(field.getLabel())).findFirst().orElseThrow();
        test(onTrack).setValue(new java.math.BigDecimal("40"));
        test($(Button.class).withText("Save").single()).click();

        assertThat(onTrack.isInvalid()).isTrue();
        assertThat(onTrack.getErrorMessage()).isEqualTo("On track must be above at risk, both between 0 and 100 %.");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aMinisterIsNotOfferedTheEditor() {
        navigate("kpis/SDG-4.a.1b", Component.class);
        assertThat($(Button.class).withText("Edit indicator").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void anUnknownKpiIsNotFound() {
        navigate("kpis/NO-SUCH-KPI", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
