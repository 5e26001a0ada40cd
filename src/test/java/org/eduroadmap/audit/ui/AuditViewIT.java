package org.eduroadmap.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

import org.eduroadmap.TestClock;
import org.eduroadmap.audit.ChangeRow;
import org.eduroadmap.audit.SecurityEventKind;
import org.eduroadmap.base.ui.AccessDeniedView;

/** The audit screen: readable by administrators and ministers, one record's history from its page's link. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
class AuditViewIT extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<ChangeRow> changesGrid() {
        return (Grid<ChangeRow>) $(Grid.class).all().stream()
                .filter(grid -> grid.getParent().orElseThrow() instanceof ChangesPanel).findFirst().orElseThrow();
    }

    private List<ChangeRow> rows(Grid<ChangeRow> grid) {
        return test(grid).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, Math.min(test(grid).size(), 20)).mapToObj(test(grid)::getRow).toList();
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aKpiPageLinksToTheKpisOwnHistory() {
        navigate("kpis/SDG-4.a.1b", Component.class);
        Anchor link = $(Anchor.class).withClassName("history-link").single();
        assertThat(link.getHref()).isEqualTo("audit?entity=Kpi&code=SDG-4.a.1b");

        navigate(link.getHref(), Component.class);
        assertThat(getCurrentView()).isInstanceOf(AuditView.class);
        List<ChangeRow> history = rows(changesGrid());
        assertThat(history).isNotEmpty().allSatisfy(row -> assertThat(row.entityType()).isEqualTo("Kpi"));
        assertThat(history).extracting(ChangeRow::entityId).containsOnly(history.getFirst().entityId());
        assertThat(history.getLast().fields()).anySatisfy(field -> assertThat(field.after()).isEqualTo("SDG-4.a.1b"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorsFilterSecurityEventsByKind() {
        navigate("audit", AuditView.class);
        SecurityEventsPanel events = $(SecurityEventsPanel.class).single();
        events.kind.setValue(SecurityEventKind.ACCESS_DENIED);
        assertThat(events.filter().kind()).isEqualTo(SecurityEventKind.ACCESS_DENIED);
        assertThat(rows(changesGrid())).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void projectManagersSeeNeitherTheScreenNorTheLinks() {
        navigate("kpis/SDG-4.a.1b", Component.class);
        assertThat($(Anchor.class).withClassName("history-link").all()).isEmpty();
        navigate("audit", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
