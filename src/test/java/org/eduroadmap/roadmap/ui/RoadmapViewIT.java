package org.eduroadmap.roadmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.eduroadmap.TestClock;
import org.eduroadmap.meeting.MeetingRepository;
import org.eduroadmap.roadmap.ActivityDraft;
import org.eduroadmap.roadmap.ActivityService;

/** The Roadmap screen per role, and what the activity form says when the service refuses. Rolled back. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
@Transactional
class RoadmapViewIT extends SpringBrowserlessTest {

    private static final String PILOT = "EMIS pilot in Ahal and Ashgabat schools";

    @Autowired
    ActivityService activities;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    EntityManager entityManager;

    private long pilot() {
        return activities.activityChoices(PILOT, 0, 5).getFirst().id();
    }

    /** Opens a route with query parameters, as a link or a bookmark would. */
    private void open(String path, String... namesAndValues) {
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        UI.getCurrent().navigate(path, QueryParameters.simple(parameters));
    }

    private ActivityForm openEditor() {
        open("roadmap", "activity", String.valueOf(pilot()));
        test($(Button.class).withClassName("edit-activity").single()).click();
        return $(ActivityForm.class).single();
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aMinisterReadsTheTimelineAndAnActivityWithoutEditControls() {
        open("roadmap", "activity", String.valueOf(pilot()));

        assertThat($(RoadmapTimeline.class).all()).hasSize(1);
        assertThat($(Div.class).withClassName("side-panel").single().isVisible()).isTrue();
        assertThat($(Button.class).withClassName("edit-activity").all()).isEmpty();
        assertThat($(Button.class).withClassName("new-activity").all()).isEmpty();
        assertThat($(Button.class).withClassName("save-baseline").all()).isEmpty();
        assertThat($(Button.class).withClassName("shift-successors").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void anEndBeforeTheStartIsNamedOnTheFieldAndTheInputKept() {
        ActivityForm form = openEditor();

        test(form.plannedEnd).setValue(LocalDate.of(2025, 8, 1));
        test(form.save).click();

        assertThat(form.plannedEnd.isInvalid()).isTrue();
        assertThat(form.plannedEnd.getErrorMessage()).isEqualTo("The end cannot be before the start.");
        assertThat(form.plannedEnd.getValue()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(activities.draft(pilot()).orElseThrow().getPlannedEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void doneWithoutAnActualEndIsRefusedWithAMessage() {
        ActivityForm form = openEditor();

        test(form.status).selectItem("Done");
        test(form.percentComplete).setValue(100);
        test(form.save).click();

        assertThat(form.actualEnd.isInvalid()).isTrue();
        assertThat(form.actualEnd.getErrorMessage()).isEqualTo("A done activity needs its actual end date.");
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aConcurrentSaveIsReportedAndTheUsersInputKept() {
        ActivityForm form = openEditor();
        test(form.percentComplete).setValue(65);

        ActivityDraft other = activities.draft(pilot()).orElseThrow();
        other.setPercentComplete(58);
        activities.save(other);
        entityManager.flush();
        test(form.save).click();

        Div conflict = $(Div.class).withClassName("conflict").single();
        assertThat(conflict.isVisible()).isTrue();
        assertThat($(Span.class, conflict).first().getText()).startsWith("Someone else saved this activity");
        assertThat(form.percentComplete.getValue()).isEqualTo(65);
        assertThat(activities.draft(pilot()).orElseThrow().getPercentComplete()).isEqualTo(58);

        test($(Button.class, conflict).single()).click();
        assertThat(form.percentComplete.getValue()).as("reloaded their version").isEqualTo(58);
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aMeetingDecisionOpensANewActivityWithItsWording() {
        long june = meetings.findAll().stream().filter(m -> m.getHeldOn().equals(LocalDate.of(2023, 6, 1)))
                .findFirst().orElseThrow().getId();

        open("roadmap/new", "meeting", String.valueOf(june), "decision", "0");

        ActivityForm form = $(ActivityForm.class).single();
        assertThat(form.titleEn.getValue()).startsWith("IITE offers UNESCO technical assistance");
    }
}
