package org.eduroadmap.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;

import jakarta.persistence.EntityManager;

import org.eduroadmap.TestClock;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.notification.NotificationKind;
import org.eduroadmap.notification.Notifier;
import org.eduroadmap.security.AppUserRepository;

/** The bell in the header: the unread count, the list, and reading a notice. Rolled back after each test. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
@Transactional
class NotificationBellIT extends SpringBrowserlessTest {

    @Autowired
    Notifier notifier;
    @Autowired
    AppUserRepository users;
    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void twoNoticesForTheManager() {
        entityManager.createNativeQuery("delete from notification").executeUpdate();
        long manager = users.findByUsername("manager").orElseThrow().getId();
        notifier.notify(manager, NotificationKind.ACTIVITY_OVERDUE,
                LocalizedText.of("EMIS pilot", "Пилот ИСУО", "BDMU synagy"), "kpis/SDG-4.a.1b?activity=12", "one");
        notifier.notify(manager, NotificationKind.ACTIVITY_OVERDUE,
                LocalizedText.of("Teacher training", "Обучение учителей", "Mugallymlary okatmak"), "kpis", "two");
    }

    private Button bell() {
        return $(Button.class).withClassName("notification-button").single();
    }

    private Span count() {
        return $(Span.class).withClassName("notification-count").single();
    }

    /** The query finds visible components only: a hidden badge is not found at all. */
    private boolean countShown() {
        return !$(Span.class).withClassName("notification-count").all().isEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void theBellShowsTheUnreadCountAndOpensTheList() {
        navigate("kpis", Component.class);

        assertThat(countShown()).isTrue();
        assertThat(count().getText()).isEqualTo("2");
        assertThat(bell().getAriaLabel()).hasValue("Notifications, 2 unread");

        test(bell()).click();

        assertThat($(Popover.class).single().isOpened()).isTrue();
        assertThat($(NativeButton.class).withClassName("notification-item").all())
                .extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("UnreadTeacher trainingActivity overdue · Nov 28, 2026",
                        "UnreadEMIS pilotActivity overdue · Nov 28, 2026");
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void openingANoticeMarksItReadAndGoesToItsPage() {
        navigate("kpis", Component.class);
        test(bell()).click();

        NativeButton pilot = $(NativeButton.class).withClassName("notification-item").all().stream()
                .filter(item -> item.getElement().getTextRecursively().contains("EMIS pilot")).findFirst().orElseThrow();
        test(pilot).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("KpiDetailView");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .as("links carry their query, as roadmap?activity=12 does").isEqualTo("kpis/SDG-4.a.1b?activity=12");
        assertThat($(Popover.class).single().isOpened()).isFalse();
        assertThat(count().getText()).isEqualTo("1");
        assertThat(bell().getAriaLabel()).hasValue("Notifications, 1 unread");

        test(bell()).click();
        assertThat($(NativeButton.class).withClassName("unread").all()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void markAllAsReadEmptiesTheCount() {
        navigate("kpis", Component.class);
        test(bell()).click();

        test($(Button.class).withText("Mark all as read").single()).click();

        assertThat(countShown()).isFalse();
        assertThat(bell().getAriaLabel()).hasValue("Notifications");
        assertThat($(NativeButton.class).withClassName("unread").all()).isEmpty();
        assertThat($(NativeButton.class).withClassName("notification-item").all()).hasSize(2);
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aUserWithoutNoticesSeesNoCountAndAnEmptyList() {
        navigate("kpis", Component.class);

        assertThat(countShown()).isFalse();
        test(bell()).click();
        assertThat($(Paragraph.class).withClassName("notification-empty").single().getText())
                .startsWith("Nothing new.");
    }
}
