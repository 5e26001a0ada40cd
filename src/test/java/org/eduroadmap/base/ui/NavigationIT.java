package org.eduroadmap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.eduroadmap.layout.ui.MainLayout;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.eduroadmap.TestClock;

/** Each role signs in and sees the sections of its work; a role is refused a screen it may not open. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
class NavigationIT extends SpringBrowserlessTest {

    private static final List<String> READING_SECTIONS = List.of("Dashboard", "KPIs", "Roadmap",
            "Assistance requests", "Meetings");

    private List<String> navigationLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void ministerSeesEverySectionButAdministration() {
        navigate("", Component.class);
        assertThat(navigationLabels()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(READING_SECTIONS.stream(), java.util.stream.Stream.of("Audit trail")).toList());
        assertThat($(Span.class).withClassName("user-name").single().getText()).isEqualTo("Gurbangul Atayeva");
        assertThat($(Span.class).withClassName("user-role").single().getText()).isEqualTo("Minister");
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void projectManagerSeesTheRoadmapSections() {
        navigate("roadmap", Component.class);
        assertThat(navigationLabels()).containsExactlyElementsOf(READING_SECTIONS);
        assertThat($(Span.class).withClassName("user-role").single().getText()).isEqualTo("Project manager");
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void advisorSeesTheRequests() {
        navigate("assistance", Component.class);
        assertThat(navigationLabels()).containsExactlyElementsOf(READING_SECTIONS);
        assertThat($(Span.class).withClassName("user-organisation").single().getText())
                .isEqualTo("UNESCO Institute for Information Technologies in Education");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorAlsoSeesAdministration() {
        navigate("admin", Component.class);
        assertThat(navigationLabels()).contains("Administration");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AdminView");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void ministerIsRefusedAdministration() {
        navigate("admin", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(MainLayout.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("AdminView");
        assertThat(getCurrentView()).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void anUnknownAddressShowsAFriendlyNotFoundPage() {
        navigate("no-such-page", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
