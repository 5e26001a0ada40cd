package org.eduroadmap.assistance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.assistance.RequestRow;
import org.eduroadmap.base.Formats;

/** Technical-assistance requests of the ministry to UNESCO, newest first. */
@Route("assistance")
@Menu(order = 3, icon = "vaadin:handshake", title = "nav.assistance")
@PermitAll
class AssistanceView extends Main implements HasDynamicTitle {

    AssistanceView(AssistanceService assistance) {
        addClassName("page");
        Grid<RequestRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RequestRow::number).setHeader(getTranslation("request.number")).setSortable(true)
                .setSortProperty("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RequestRow::title).setHeader(getTranslation("request.title")).setSortable(true)
                .setSortProperty("title").setTooltipGenerator(RequestRow::title).setWidth("16rem").setFlexGrow(4);
        grid.addColumn(row -> getTranslation("request.category." + row.category().name()))
                .setHeader(getTranslation("request.category")).setAutoWidth(true);
        grid.addColumn(row -> row.addressedOrganisation().in(getLocale()))
                .setHeader(getTranslation("request.addressedTo"))
                .setTooltipGenerator(row -> row.addressedOrganisation().in(getLocale())).setWidth("12rem")
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation("request.priority." + row.priority().name()))
                .setHeader(getTranslation("request.priority")).setSortable(true).setSortProperty("priority")
                .setAutoWidth(true);
        grid.addComponentColumn(row -> statusBadge(row)).setHeader(getTranslation("request.status"))
                .setSortable(true).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(row -> row.assignedAdvisor() == null ? "–" : row.assignedAdvisor())
                .setHeader(getTranslation("request.advisor")).setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.dueDate(), getLocale())).setHeader(getTranslation("request.dueDate"))
                .setSortable(true).setSortProperty("dueDate").setAutoWidth(true);
        grid.setItemsPageable(pageable -> assistance.requests(pageable).getContent());
        grid.setEmptyStateText(getTranslation("assistance.empty"));
        grid.setSizeFull();
        add(grid);
        setHeightFull();
    }

    private Span statusBadge(RequestRow row) {
        Span badge = new Span(getTranslation("request.status." + row.status().name()));
        badge.addClassNames("request-status", "request-status-" + row.status().name());
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assistance") + " · EduRoadmap";
    }
}
