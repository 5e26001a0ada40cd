package org.eduroadmap.assistance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;

import org.eduroadmap.TestClock;
import org.eduroadmap.assistance.ListedRequest;
import org.eduroadmap.assistance.RequestStatus;

/** The request list's filters, and a row opening the request. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
@Transactional
class AssistanceViewIT extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private List<String> numbers() {
        Grid<ListedRequest> grid = $(Grid.class).single();
        return test(grid).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).number())
                .toList();
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void filtersNarrowTheList() {
        navigate(AssistanceView.class);
        RequestFilters filters = $(RequestFilters.class).single();
        // The three requests sent to IITE, the advisor's office; not its draft, not the other offices' requests.
        assertThat(numbers()).containsExactlyInAnyOrder("TA-2023-001", "TA-2024-001", "TA-2025-001");
        test(filters.text).setValue("training");
        assertThat(numbers()).containsExactly("TA-2025-001");
        test(filters.text).clear();
        filters.status.setValue(RequestStatus.IN_PROGRESS);
        assertThat(numbers()).containsExactly("TA-2024-001");
        filters.status.clear();
        test(filters.assignedToMe).click();
        assertThat(numbers()).containsExactlyInAnyOrder("TA-2024-001", "TA-2025-001");
        test(filters.assignedToMe).click();
        test(filters.waitingForMe).click();
        // IITE advisors have a step to take on the EMIS review in progress (deliver); the others wait on the ministry.
        assertThat(numbers()).containsExactly("TA-2024-001");
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aRowOpensTheRequest() {
        navigate(AssistanceView.class);
        Grid<ListedRequest> grid = $(Grid.class).single();
        int row = numbers().indexOf("TA-2026-003");
        test(grid).clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(RequestView.class);
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void theBoardShowsACardPerRequestInItsStatus() {
        navigate(AssistanceView.class);
        test($(com.vaadin.flow.component.button.Button.class).withClassName("toggle-board").single()).click();
        RequestBoard board = $(RequestBoard.class).single();
        assertThat($(com.vaadin.flow.component.html.Div.class, board).withClassName("request-card").all()).hasSize(3);
        com.vaadin.flow.component.html.Div inProgress = $(com.vaadin.flow.component.html.Div.class, board)
                .withClassName("request-lane-IN_PROGRESS").single();
        assertThat($(com.vaadin.flow.component.html.Div.class, inProgress).withClassName("request-card").all()).hasSize(1);
        test($(RequestFilters.class).single().text).setValue("EMIS");
        assertThat($(com.vaadin.flow.component.html.Div.class, board).withClassName("request-card").all()).hasSize(1);
    }
}
