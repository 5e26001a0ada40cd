package org.eduroadmap.audit.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.eduroadmap.base.ui.GridExport;
import org.eduroadmap.audit.AuditService;
import org.eduroadmap.audit.ChangeFilter;
import org.eduroadmap.audit.ChangeRow;
import org.eduroadmap.audit.FieldChange;
import org.eduroadmap.audit.Operation;

/** Every change to a business record, newest first, with its fields before and after. */
class ChangesPanel extends VerticalLayout {

    static final int FIELDS_SHOWN = 5;

    final TextField user = new TextField();
    final ComboBox<String> entityType = new ComboBox<>();
    final TextField entityId = new TextField();
    final ComboBox<Operation> operation = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<ChangeRow> grid = new Grid<>();
    private final AuditService audit;

    ChangesPanel(AuditService audit) {
        this.audit = audit;
        setPadding(false);
        setSizeFull();
        user.setPlaceholder(getTranslation("audit.filter.user"));
        user.setValueChangeMode(ValueChangeMode.LAZY);
        entityType.setItems(audit.entityTypes());
        entityType.setItemLabelGenerator(this::entityLabel);
        entityType.setPlaceholder(getTranslation("audit.filter.entity"));
        entityId.setPlaceholder(getTranslation("audit.filter.id"));
        entityId.setValueChangeMode(ValueChangeMode.LAZY);
        entityId.setMaxLength(20);
        entityId.setAllowedCharPattern("[0-9]");
        operation.setItems(Operation.values());
        operation.setItemLabelGenerator(value -> getTranslation("audit.operation." + value.name()));
        operation.setPlaceholder(getTranslation("audit.filter.operation"));
        from.setPlaceholder(getTranslation("audit.filter.from"));
        to.setPlaceholder(getTranslation("audit.filter.to"));
        user.setClearButtonVisible(true);
        entityType.setClearButtonVisible(true);
        entityId.setClearButtonVisible(true);
        operation.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        Div filters = new Div(user, entityType, entityId, operation, from, to);
        filters.addClassName("audit-filters");
        user.addValueChangeListener(event -> refresh());
        entityType.addValueChangeListener(event -> refresh());
        entityId.addValueChangeListener(event -> refresh());
        operation.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> AuditView.dateTime(row.at(), getLocale())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChangeRow::username).setHeader(getTranslation("audit.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> entityLabel(row.entityType()) + " #" + row.entityId())
                .setHeader(getTranslation("audit.record")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation("audit.operation." + row.operation().name()))
                .setHeader(getTranslation("audit.operation")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::fields)).setHeader(getTranslation("audit.fields"))
                .setKey("fields").setWidth("18rem").setFlexGrow(1);
        grid.addColumn(ChangeRow::revision).setHeader(getTranslation("audit.revision")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemsPageable(pageable -> audit.changes(filter(), pageable).getContent());
        grid.setSizeFull();
        filters.add(new GridExport<>(grid, "audit-changes")
                .column(getTranslation("audit.when"), row -> AuditView.dateTime(row.at(), getLocale()))
                .column(getTranslation("audit.who"), ChangeRow::username)
                .column(getTranslation("audit.record"), row -> entityLabel(row.entityType()) + " #" + row.entityId())
                .column(getTranslation("audit.operation"), row -> getTranslation("audit.operation."
                        + row.operation().name()))
                .column(getTranslation("audit.fields"), row -> row.fields().stream()
                        .map(field -> field.field().replace('_', ' ') + ": " + (field.before() == null ? "—"
                                : field.before()) + " → " + (field.after() == null ? "—" : field.after()))
                        .collect(java.util.stream.Collectors.joining("\n")))
                .column(getTranslation("audit.revision"), ChangeRow::revision));
        add(filters, grid);
        setFlexGrow(1, grid);
        setAlignItems(FlexComponent.Alignment.STRETCH);
    }

    void showHistoryOf(String entity, String id) {
        if (audit.entityTypes().contains(entity)) {
            entityType.setValue(entity);
        }
        if (id != null && id.matches("[0-9]{1,19}")) {
            entityId.setValue(id);
        }
    }

    ChangeFilter filter() {
        return new ChangeFilter(user.getValue(), entityType.getValue(), entityId.getValue(), operation.getValue(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String entityLabel(String type) {
        String key = "audit.entity." + type;
        String label = getTranslation(key);
        return label.equals(key) || label.startsWith("!") ? type : label;
    }

    /**
     * One line per field: "field: before → after", the values as plain text (never HTML). A record created with
     * many fields shows the first {@value #FIELDS_SHOWN} and the rest on request, so its row stays a few lines
     * tall; the export and the record's own history have them all.
     */
    private Div fields(ChangeRow row) {
        Div list = new Div();
        list.addClassName("audit-fields");
        List<FieldChange> fields = row.fields();
        // Never "1 more": a single further line takes no more room than the summary would.
        int shown = fields.size() > FIELDS_SHOWN + 1 ? FIELDS_SHOWN : fields.size();
        fields.stream().limit(shown).forEach(field -> list.add(line(field)));
        if (shown < fields.size()) {
            Div rest = new Div();
            fields.stream().skip(shown).forEach(field -> rest.add(line(field)));
            Details more = new Details(getTranslation("audit.fields.more", fields.size() - shown), rest);
            more.addThemeVariants(DetailsVariant.SMALL);
            list.add(more);
        }
        return list;
    }

    private static Div line(FieldChange field) {
        Span name = new Span(field.field().replace('_', ' ') + ": ");
        name.addClassName("audit-field-name");
        Span before = new Span(field.before() == null ? "—" : field.before());
        before.addClassName("audit-before");
        Span after = new Span(field.after() == null ? "—" : field.after());
        after.addClassName("audit-after");
        return new Div(name, before, new Span(" → "), after);
    }
}
