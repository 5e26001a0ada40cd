package org.eduroadmap.assistance.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.assistance.ListedRequest;
import org.eduroadmap.assistance.RequestDraft;
import org.eduroadmap.assistance.RequestEditingService;
import org.eduroadmap.assistance.RequestFilter;
import org.eduroadmap.base.Formats;
import org.eduroadmap.base.ui.GridExport;

/** Technical-assistance requests of the ministry to UNESCO, newest first, filtered; a row opens the request. */
@Route("assistance")
@Menu(order = 3, icon = "vaadin:handshake", title = "nav.assistance")
@PermitAll
class AssistanceView extends Main implements HasDynamicTitle {

    private final Grid<ListedRequest> grid = new Grid<>();
    private RequestFilter filter = RequestFilter.none();
    private RequestBoard board;

    AssistanceView(AssistanceService assistance, RequestEditingService editing) {
        addClassName("page");
        Instant now = assistance.now();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ListedRequest::number).setHeader(getTranslation("request.number")).setSortable(true)
                .setSortProperty("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ListedRequest::title).setHeader(getTranslation("request.title")).setSortable(true)
                .setSortProperty("title").setTooltipGenerator(ListedRequest::title).setWidth("12rem").setFlexGrow(4);
        // Where a request stands comes first: at a laptop's width the descriptive columns may scroll.
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("request.status"))
                .setSortable(true).setSortProperty("status").setAutoWidth(true);
        grid.addComponentColumn(row -> new SlaBadge(row.sla())).setHeader(getTranslation("request.sla"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("request.priority." + row.priority().name()))
                .setHeader(getTranslation("request.priority")).setSortable(true).setSortProperty("priority")
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.dueDate(), getLocale())).setHeader(getTranslation("request.dueDate"))
                .setSortable(true).setSortProperty("dueDate").setAutoWidth(true);
        grid.addColumn(row -> row.addressedOrganisation().in(getLocale()))
                .setHeader(getTranslation("request.addressedTo"))
                .setTooltipGenerator(row -> row.addressedOrganisation().in(getLocale())).setWidth("12rem")
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation("request.category." + row.category().name()))
                .setHeader(getTranslation("request.category")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("request.age.days",
                        Math.max(0, Duration.between(row.createdAt(), now).toDays())))
                .setHeader(getTranslation("request.age")).setSortable(true).setSortProperty("createdAt")
                .setAutoWidth(true);
        grid.addColumn(row -> row.assignedAdvisor() == null ? "–" : row.assignedAdvisor())
                .setHeader(getTranslation("request.advisor")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> assistance.list(filter, pageable).getContent());
        grid.setEmptyStateText(getTranslation("assistance.empty"));
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.addSelectionListener(event -> event.getFirstSelectedItem().ifPresent(this::open));
        grid.setSizeFull();
        boolean advisor = assistance.reviews();
        RequestFilters filters = new RequestFilters(assistance.unescoOffices(), advisor, changed -> {
            filter = changed;
            grid.getDataProvider().refreshAll();
            if (this.board.isVisible()) {
                this.board.show(filter);
            }
        });
        if (assistance.mayRaise()) {
            Button create = new Button(getTranslation("request.new"), VaadinIcon.PLUS.create(),
                    click -> new RequestForm(editing, assistance, new RequestDraft(),
                            number -> getUI().ifPresent(ui -> ui.navigate("assistance/" + number))).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClassName("new-request");
            filters.addComponentAsFirst(create);
        }
        RequestBoard board = new RequestBoard(assistance);
        board.setVisible(false);
        this.board = board;
        Button toggle = new Button(getTranslation("assistance.board"), VaadinIcon.GRID_BIG_O.create());
        toggle.addClassName("toggle-board");
        toggle.addClickListener(click -> {
            boolean showBoard = !board.isVisible();
            board.setVisible(showBoard);
            grid.setVisible(!showBoard);
            toggle.setText(getTranslation(showBoard ? "assistance.list" : "assistance.board"));
            if (showBoard) {
                board.show(filter);
            }
        });
        filters.add(toggle);
        filters.add(new GridExport<>(grid, "requests")
                .column(getTranslation("request.number"), ListedRequest::number)
                .column(getTranslation("request.title"), ListedRequest::title)
                .column(getTranslation("request.category"), row -> getTranslation("request.category."
                        + row.category().name()))
                .column(getTranslation("request.addressedTo"), row -> row.addressedOrganisation().in(getLocale()))
                .column(getTranslation("request.priority"), row -> getTranslation("request.priority."
                        + row.priority().name()))
                .column(getTranslation("request.status"), row -> getTranslation("request.status."
                        + row.status().name()))
                .column(getTranslation("request.sla"), row -> new SlaBadge(row.sla()).getText())
                .column(getTranslation("export.createdOn"), row -> LocalDate.ofInstant(row.createdAt(),
                        ZoneOffset.UTC))
                .column(getTranslation("request.advisor"), ListedRequest::assignedAdvisor)
                .column(getTranslation("request.dueDate"), ListedRequest::dueDate));
        add(filters, grid, board);
        setHeightFull();
    }

    private void open(ListedRequest row) {
        getUI().ifPresent(ui -> ui.navigate("assistance/" + row.number()));
    }

    private Span statusBadge(ListedRequest row) {
        Span badge = new Span(getTranslation("request.status." + row.status().name()));
        badge.addClassNames("request-status", "request-status-" + row.status().name());
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assistance") + " · EduRoadmap";
    }
}
