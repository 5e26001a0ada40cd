package org.eduroadmap.kpi.ui;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.eduroadmap.base.Formats;
import org.eduroadmap.base.ui.GridExport;
import org.eduroadmap.organisation.OrganisationService;
import org.eduroadmap.security.Role;
import org.eduroadmap.security.UserProfile;
import org.eduroadmap.security.UserService;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.KpiDefinitionService;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.kpi.KpiStatus;

/** The KPI catalogue: every indicator with its latest approved value, this year's target and status. */
@Route("kpis")
@Menu(order = 1, icon = "vaadin:chart", title = "nav.kpis")
@PermitAll
class KpisView extends Main implements HasDynamicTitle {

    KpisView(KpiService kpis, KpiDefinitionService definitions, UserService users, OrganisationService organisations,
             Clock clock) {
        addClassName("page");
        int year = Year.now(clock).getValue();

        TextField search = new TextField();
        search.setPlaceholder(getTranslation("kpis.search"));
        search.setWidth("min(100%, 24rem)");
        search.setAriaLabel(getTranslation("kpis.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        Map<String, String> areaNames = new LinkedHashMap<>();
        kpis.priorityAreas().forEach(choice -> areaNames.put(choice.code(), choice.name().in(getLocale())));
        Select<String> area = new Select<>();
        area.setAriaLabel(getTranslation("kpi.priorityArea"));
        area.setItems(List.copyOf(areaNames.keySet()));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("dashboard.allAreas"));
        area.setItemLabelGenerator(code -> code == null ? getTranslation("dashboard.allAreas") : areaNames.get(code));

        Select<KpiStatus> status = new Select<>();
        status.setAriaLabel(getTranslation("kpi.status"));
        status.setItems(KpiStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("kpis.allStatuses"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("kpis.allStatuses")
                : getTranslation("kpi.status." + value.name()));
        Div filters = new Div(search, area, status);
        filters.addClassName("filters");
        Role role = users.currentUser().map(UserProfile::role).orElse(Role.MINISTER);
        if (role == Role.ADMIN || role == Role.PROJECT_MANAGER) {
            Map<String, String> owners = new LinkedHashMap<>();
            if (role == Role.ADMIN) {
                organisations.organisations().forEach(org -> owners.put(org.getCode(), org.nameIn(getLocale())));
            }
            Button create = new Button(getTranslation("kpi.new"), VaadinIcon.PLUS.create(), click ->
                    KpiEditor.forNew(definitions, kpis.priorityAreas(), owners, year - 1,
                            () -> getUI().ifPresent(ui -> ui.getPage().reload())).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importValues = new Button(getTranslation("kpis.import"), VaadinIcon.UPLOAD.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("kpis/import")));
            filters.add(create, importValues);
        }

        Grid<KpiOverview> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(KpiOverview::code).setHeader(getTranslation("kpi.code")).setSortable(true)
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.name().in(getLocale())).setHeader(getTranslation("kpi.name"))
                .setTooltipGenerator(row -> row.name().in(getLocale())).setWidth("18rem").setFlexGrow(4);
        // What a reader scans for first comes first: at a laptop's width the descriptive columns may scroll.
        grid.addComponentColumn(row -> new KpiStatusBadge(row.status())).setHeader(getTranslation("kpi.status"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.latestValue() == null ? getTranslation("kpi.noData")
                        : getTranslation("kpi.valueInYear", Formats.number(row.latestValue(), row.decimals(), getLocale()),
                        String.valueOf(row.latestYear())))
                .setHeader(wrapping(getTranslation("kpi.latestApproved"))).setTextAlign(ColumnTextAlign.END)
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.number(row.target(), row.decimals(), getLocale()))
                .setHeader(getTranslation("kpi.targetYear", String.valueOf(year))).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> row.priorityArea().in(getLocale())).setHeader(getTranslation("kpi.priorityArea"))
                .setTooltipGenerator(row -> row.priorityArea().in(getLocale())).setWidth("11rem").setFlexGrow(2);
        grid.addColumn(row -> getTranslation("kpi.unit." + row.unit().name())).setHeader(getTranslation("kpi.unit"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.owner().in(getLocale())).setHeader(getTranslation("kpi.owner"))
                .setTooltipGenerator(row -> row.owner().in(getLocale())).setWidth("10rem").setFlexGrow(1);
        grid.setItemsPageable(pageable -> kpis.catalogue(search.getValue(), area.getValue(), status.getValue(), year,
                pageable).getContent());
        grid.setEmptyStateText(getTranslation("kpis.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("kpis/" + click.getItem().code())));
        grid.setSizeFull();
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        area.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        filters.add(new GridExport<>(grid, "kpis")
                .column(getTranslation("kpi.code"), KpiOverview::code)
                .column(getTranslation("kpi.name"), row -> row.name().in(getLocale()))
                .column(getTranslation("kpi.priorityArea"), row -> row.priorityArea().in(getLocale()))
                .column(getTranslation("kpi.unit"), row -> getTranslation("kpi.unit." + row.unit().name()))
                .column(getTranslation("kpi.owner"), row -> row.owner().in(getLocale()))
                .column(getTranslation("kpi.latestApproved"), KpiOverview::latestValue)
                .column(getTranslation("export.latestYear"), KpiOverview::latestYear)
                .column(getTranslation("kpi.targetYear", String.valueOf(year)), KpiOverview::target)
                .column(getTranslation("kpi.status"), row -> getTranslation("kpi.status." + row.status().name())));
        add(filters, grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.kpis") + " · EduRoadmap";
    }

    /** A header that may take two lines, for a long name over a narrow column of figures. */
    private static Span wrapping(String text) {
        Span header = new Span(text);
        header.addClassName("wrapping-header");
        return header;
    }
}
