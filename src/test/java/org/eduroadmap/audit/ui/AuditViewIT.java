package org.eduroadmap.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.tabs.TabSheet;

import org.eduroadmap.TestClock;
import org.eduroadmap.audit.ChangeRow;
import org.eduroadmap.audit.SecurityEventKind;
import org.eduroadmap.audit.SecurityEventLog;
import org.eduroadmap.base.ui.AccessDeniedView;

/** The audit screen: readable by administrators and ministers, one record's history from its page's link. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
class AuditViewIT extends SpringBrowserlessTest {

    @Autowired
    SecurityEventLog securityEvents;

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
        RouterLink link = $(RouterLink.class).withClassName("history-link").single();
        assertThat(link.getHref()).startsWith("audit?").contains("entity=Kpi").contains("code=SDG-4.a.1b");

        String[] pathAndQuery = link.getHref().split("\\?", 2);
        com.vaadin.flow.component.UI.getCurrent().navigate(pathAndQuery[0],
                com.vaadin.flow.router.QueryParameters.fromString(pathAndQuery[1]));
        assertThat(getCurrentView()).isInstanceOf(AuditView.class);
        List<ChangeRow> history = rows(changesGrid());
        assertThat(history).isNotEmpty().allSatisfy(row -> assertThat(row.entityType()).isEqualTo("Kpi"));
        assertThat(history).extracting(ChangeRow::entityId).containsOnly(history.getFirst().entityId());
        assertThat(history.getLast().fields()).anySatisfy(field -> assertThat(field.after()).isEqualTo("SDG-4.a.1b"));
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aRecordCreatedWithManyFieldsShowsTheFirstAndTheRestOnRequest() {
        com.vaadin.flow.component.UI.getCurrent().navigate("audit",
                com.vaadin.flow.router.QueryParameters.fromString("entity=Kpi&code=SDG-4.a.1b"));
        Grid<ChangeRow> grid = changesGrid();
        List<ChangeRow> history = rows(grid);
        int created = history.size() - 1;
        int fields = history.get(created).fields().size();
        assertThat(fields).as("a KPI is created with all its fields").isGreaterThan(ChangesPanel.FIELDS_SHOWN + 1);

        Component cell = test(grid).getCellComponent(created, "fields");
        List<Component> lines = cell.getChildren().toList();
        assertThat(lines).hasSize(ChangesPanel.FIELDS_SHOWN + 1);
        Details more = (Details) lines.getLast();
        assertThat(more.isOpened()).isFalse();
        assertThat(more.getSummaryText()).isEqualTo((fields - ChangesPanel.FIELDS_SHOWN) + " more fields");
        assertThat(more.getContent().findFirst().orElseThrow().getChildren().count())
                .isEqualTo(fields - ChangesPanel.FIELDS_SHOWN);

        // One field over shows that field rather than "1 more": an action area is created with six.
        com.vaadin.flow.component.UI.getCurrent().navigate("audit",
                com.vaadin.flow.router.QueryParameters.fromString("entity=ActionArea&id=1"));
        grid = changesGrid();
        assertThat(rows(grid).getLast().fields()).hasSize(ChangesPanel.FIELDS_SHOWN + 1);
        assertThat(test(grid).getCellComponent(rows(grid).size() - 1, "fields").getChildren())
                .hasSize(ChangesPanel.FIELDS_SHOWN + 1).noneMatch(Details.class::isInstance);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorsFilterSecurityEventsByUserAndKind() {
        securityEvents.record(SecurityEventKind.ACCESS_DENIED, "view-test", "10.0.0.9", "GET /admin");
        securityEvents.record(SecurityEventKind.SIGN_IN_FAILURE, "view-test", "10.0.0.9", null);
        navigate("audit", AuditView.class);
        $(TabSheet.class).single().setSelectedIndex(1);
        SecurityEventsPanel events = $(SecurityEventsPanel.class).single();
        events.user.setValue("view-test");
        events.kind.setValue(SecurityEventKind.ACCESS_DENIED);

        var grid = test(events.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).username()).isEqualTo("view-test");
        assertThat(grid.getRow(0).remoteAddress()).isEqualTo("10.0.0.9");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Access refused");
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void projectManagersSeeNeitherTheScreenNorTheLinks() {
        navigate("kpis/SDG-4.a.1b", Component.class);
        assertThat($(RouterLink.class).withClassName("history-link").all()).isEmpty();
        navigate("audit", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
