package org.eduroadmap.assistance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;

import org.eduroadmap.TestClock;
import org.eduroadmap.roadmap.Choice;

/** The requests an activity answers, in its side panel on the Roadmap: read by all, linked by managers. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
@Transactional
class ActivityRequestsViewIT extends SpringBrowserlessTest {

    @Autowired
    EntityManager entityManager;

    /** Opens the activity that the EMIS design request (TA-2024-001) serves. */
    private Div openEmisActivity() {
        long activity = entityManager.createQuery("select r.activity.id from AssistanceRequest r "
                + "where r.number = 'TA-2024-001'", Long.class).getSingleResult();
        UI.getCurrent().navigate("roadmap", QueryParameters.simple(Map.of("activity", String.valueOf(activity))));
        return $(Div.class).withClassName("activity-requests").single();
    }

    private static Set<String> links(Div section) {
        Set<String> links = new HashSet<>();
        section.getElement().getChildren().forEach(child -> child.getChildren().forEach(item ->
                item.getChildren().filter(element -> "a".equals(element.getTag()))
                        .forEach(anchor -> links.add(anchor.getAttribute("href")))));
        return links;
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aMinisterSeesTheLinkedRequestsWithoutLinkControls() {
        Div section = openEmisActivity();

        assertThat(links(section)).containsExactly("assistance/TA-2024-001");
        assertThat($(Button.class, section).withClassName("link-requests").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aManagerLinksAnotherRequestFromThePanel() {
        Div section = openEmisActivity();
        test($(Button.class, section).withClassName("link-requests").single()).click();

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Choice> requests = $(MultiSelectComboBox.class, section).single();
        assertThat(requests.getValue()).extracting(choice -> choice.name().en())
                .singleElement().asString().startsWith("TA-2024-001");
        Set<Choice> chosen = new HashSet<>(requests.getValue());
        requests.getListDataView().getItems().filter(choice -> choice.name().en().startsWith("TA-2026-001"))
                .forEach(chosen::add);
        requests.setValue(chosen);
        test($(Button.class, section).withText("Save links").single()).click();

        assertThat(links($(Div.class).withClassName("activity-requests").single()))
                .containsExactlyInAnyOrder("assistance/TA-2024-001", "assistance/TA-2026-001");
    }
}
