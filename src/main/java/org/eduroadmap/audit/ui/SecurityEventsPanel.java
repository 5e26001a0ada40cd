package org.eduroadmap.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.eduroadmap.base.ui.GridExport;
import org.eduroadmap.audit.AuditService;
import org.eduroadmap.audit.LogSafe;
import org.eduroadmap.audit.SecurityEventFilter;
import org.eduroadmap.audit.SecurityEventKind;
import org.eduroadmap.audit.SecurityEventRow;

/** Sign-ins, failed and refused sign-ins, refused actions and password changes, newest first. */
class SecurityEventsPanel extends VerticalLayout {

    final TextField user = new TextField();
    final ComboBox<SecurityEventKind> kind = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<SecurityEventRow> grid = new Grid<>();

    SecurityEventsPanel(AuditService audit) {
        setPadding(false);
        setSizeFull();
        user.setPlaceholder(getTranslation("audit.filter.user"));
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        kind.setItems(SecurityEventKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("audit.event." + value.name()));
        kind.setPlaceholder(getTranslation("audit.filter.kind"));
        kind.setClearButtonVisible(true);
        from.setPlaceholder(getTranslation("audit.filter.from"));
        from.setClearButtonVisible(true);
        to.setPlaceholder(getTranslation("audit.filter.to"));
        to.setClearButtonVisible(true);
        Div filters = new Div(user, kind, from, to);
        filters.addClassName("audit-filters");
        user.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> AuditView.dateTime(row.occurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setSortable(true).setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        // Usernames are as typed at sign-in: control characters are shown as escapes, not obeyed.
        grid.addColumn(row -> LogSafe.encode(row.username())).setHeader(getTranslation("audit.who"))
                .setSortable(true).setSortProperty("username").setAutoWidth(true);
        grid.addColumn(row -> getTranslation("audit.event." + row.kind().name()))
                .setHeader(getTranslation("audit.event")).setSortable(true).setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(row -> row.remoteAddress() == null ? "–" : row.remoteAddress())
                .setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addColumn(row -> row.detail() == null ? "" : LogSafe.encode(row.detail()))
                .setHeader(getTranslation("audit.detail"));
        grid.setItemsPageable(pageable -> audit.securityEvents(filter(), pageable).getContent());
        grid.setSizeFull();
        filters.add(new GridExport<>(grid, "audit-security")
                .column(getTranslation("audit.when"), row -> AuditView.dateTime(row.occurredAt(), getLocale()))
                .column(getTranslation("audit.who"), row -> LogSafe.encode(row.username()))
                .column(getTranslation("audit.event"), row -> getTranslation("audit.event." + row.kind().name()))
                .column(getTranslation("audit.address"), SecurityEventRow::remoteAddress)
                .column(getTranslation("audit.detail"), row -> row.detail() == null ? null
                        : LogSafe.encode(row.detail())));
        add(filters, grid);
        setFlexGrow(1, grid);
        setAlignItems(FlexComponent.Alignment.STRETCH);
    }

    SecurityEventFilter filter() {
        return new SecurityEventFilter(user.getValue(), kind.getValue(), from.getValue(), to.getValue());
    }
}
