package org.eduroadmap.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;

import org.eduroadmap.TestClock;
import org.eduroadmap.base.ui.NotFoundView;
import org.eduroadmap.meeting.MeetingRow;
import org.eduroadmap.meeting.MeetingService;

/** The meetings list and a meeting's page per role: who may turn a decision into a Roadmap activity. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
@Transactional
class MeetingViewIT extends SpringBrowserlessTest {

    private static final String MAKE_ACTIVITY = "Make it a Roadmap activity";

    @Autowired
    MeetingService meetings;
    @Autowired
    EntityManager entityManager;

    private long july() {
        return meetingOf(LocalDate.of(2023, 7, 24));
    }

    /** June 2023: one decision, which the demo leaves without follow-up. */
    private long june() {
        return meetingOf(LocalDate.of(2023, 6, 1));
    }

    private long meetingOf(LocalDate heldOn) {
        return meetings.meetings(PageRequest.of(0, 10)).getContent().stream()
                .filter(row -> row.heldOn().equals(heldOn)).findFirst().orElseThrow().id();
    }

    private Location location() {
        return UI.getCurrent().getInternals().getActiveViewLocation();
    }

    private List<String> pending() {
        return $(Span.class).withClassName("decision-pending").all().stream().map(Span::getText).toList();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aManagerTurnsADecisionIntoARoadmapActivity() {
        long june = june();
        navigate("meetings/" + june, MeetingView.class);

        assertThat($(H2.class).single().getText())
                .isEqualTo("Permanent Representative of Turkmenistan and the Director of UNESCO IITE (early June 2023)");
        List<Button> buttons = $(Button.class).withText(MAKE_ACTIVITY).all();
        assertThat(buttons).hasSize(1);
        assertThat(pending()).isEmpty();

        test(buttons.getFirst()).click();

        assertThat(location().getPath()).isEqualTo("roadmap/new");
        assertThat(location().getQueryParameters().getSingleParameter("meeting")).contains(String.valueOf(june));
        assertThat(location().getQueryParameters().getSingleParameter("decision")).contains("0");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aMinisterReadsTheDecisionsButIsOfferedNoAction() {
        navigate("meetings/" + june(), MeetingView.class);

        assertThat($(Button.class).withText(MAKE_ACTIVITY).all()).isEmpty();
        assertThat(pending()).containsExactly("Not yet followed up");
        List<String> decisions = $(ListItem.class).withClassName("decision").all().stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(decisions).singleElement().asString().startsWith("IITE offers UNESCO technical assistance");
        assertThat($(Span.class).withClassName("affiliation").all()).extracting(Span::getText)
                .contains("Director, UNESCO IITE", "Permanent Representative of Turkmenistan to UNESCO");
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aFollowedUpDecisionLinksToItsActivity() {
        navigate("meetings/" + july(), MeetingView.class);
        assertThat($(Anchor.class).withClassName("decision-followed-up").all()).as("the demo follows July up")
                .hasSize(3);
        assertThat($(Button.class).withText(MAKE_ACTIVITY).all()).isEmpty();

        long june = june();
        long activity = (Long) entityManager.createNativeQuery("select min(id) from activity", Long.class)
                .getSingleResult();
        meetings.recordFollowUp(june, 0, activity);
        navigate("meetings/" + june, MeetingView.class);

        Anchor link = $(Anchor.class).withClassName("decision-followed-up").single();
        assertThat(link.getText()).isEqualTo("Followed up as a Roadmap activity");
        assertThat(link.getHref()).isEqualTo("roadmap?activity=" + activity);
        assertThat($(Button.class).withText(MAKE_ACTIVITY).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void anUnknownMeetingIsNotFound() {
        navigate("meetings/999999", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("meetings/june", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void theListShowsFollowUpsAndOpensAMeeting() {
        navigate(MeetingsView.class);
        @SuppressWarnings("unchecked")
        Grid<MeetingRow> grid = $(Grid.class).single();

        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("decisions"))).isEqualTo("3 of 3 followed up");
        assertThat($(Button.class).withText("New meeting").all()).isEmpty();

        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        assertThat(location().getPath()).isEqualTo("meetings/" + july());
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aManagerRecordsAMeetingAndLandsOnIt() {
        navigate(MeetingsView.class);
        test($(Button.class).withText("New meeting").single()).click();

        test($(Button.class).withText("Record meeting").single()).click();
        TextField titleTk = $(TextField.class).withCaption("Title (Turkmen)").single();
        assertThat(titleTk.isInvalid()).as("required fields are marked before anything is sent").isTrue();

        test($(DatePicker.class).single()).setValue(LocalDate.of(2026, 11, 27));
        test($(Select.class).withCaption("Format").single()).selectItem("Online");
        test($(TextField.class).withCaption("Title (English)").single()).setValue("EMIS steering group");
        test($(TextField.class).withCaption("Title (Russian)").single()).setValue("Руководящая группа ИСУО");
        test(titleTk).setValue("BDMU-nyň ýolbaşçy topary");
        TextArea participants = $(TextArea.class).withCaption("Participants").single();
        test(participants).setValue("Tao Zhan\n");
        test($(TextArea.class).withCaption("Decisions").single()).setValue("Agree the data dictionary.\n\n"
                + "Choose pilot schools.");
        test($(Button.class).withText("Record meeting").single()).click();
        assertThat(participants.isInvalid()).isTrue();
        assertThat(participants.getErrorMessage()).startsWith("Line 1: write the name, a dash and the affiliation");

        test(participants).setValue("Tao Zhan — Director, UNESCO IITE\nAzat Atayev - Deputy Minister");
        test($(Button.class).withText("Record meeting").single()).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("EMIS steering group");
        assertThat($(Button.class).withText(MAKE_ACTIVITY).all()).hasSize(2);
        assertThat($(Span.class).withClassName("affiliation").all()).extracting(Span::getText)
                .containsExactly("Director, UNESCO IITE", "Deputy Minister");
    }
}
