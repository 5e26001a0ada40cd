package org.eduroadmap.kpi.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.MeasurementService;
import org.eduroadmap.organisation.Region;
import org.eduroadmap.kpi.MeasurementRules;

/**
 * A spreadsheet-like entry of one KPI for one year in every region: one row per region, Tab moves
 * down the value column. Saved all together as drafts, or not at all.
 */
class RegionalEntryForm extends Composite<Div> {

    private final Map<String, BigDecimalField> fields = new LinkedHashMap<>();
    private final IntegerField year = new IntegerField();
    private final TextField source = new TextField();

    RegionalEntryForm(MeasurementService service, KpiOverview kpi, List<Region> regions, int currentYear,
                      Runnable afterSave) {
        year.setLabel(getTranslation("measurement.year"));
        year.setValue(currentYear);
        year.setStepButtonsVisible(true);
        source.setLabel(getTranslation("measurement.source"));
        source.setMaxLength(MeasurementRules.SOURCE_LENGTH);
        regions.forEach(region -> {
            BigDecimalField field = new BigDecimalField();
            field.setAriaLabel(region.nameIn(getLocale()));
            field.setWidthFull();
            fields.put(region.getCode(), field);
        });

        Grid<Region> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(region -> region.nameIn(getLocale())).setHeader(getTranslation("measurement.region"));
        grid.addComponentColumn(region -> fields.get(region.getCode()))
                .setHeader(getTranslation("measurement.value") + " (" + getTranslation("kpi.unit." + kpi.unit().name()) + ")");
        grid.setItems(regions);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);

        Button save = new Button(getTranslation("measurement.saveRegions"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            year.setInvalid(false);
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            fields.forEach((code, field) -> {
                if (field.getValue() != null) {
                    values.put(code, field.getValue());
                }
            });
            if (values.isEmpty()) {
                Notification.show(getTranslation("measurement.regions.empty"), 3000, Notification.Position.MIDDLE);
                return;
            }
            try {
                service.recordRegions(kpi.code(), year.getValue(), values, source.getValue());
                Notification.show(getTranslation("measurement.regions.saved", values.size()), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterSave.run();
            } catch (RuleViolation refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                BigDecimalField field = fields.get(refused.field());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else if ("year".equals(refused.field())) {
                    year.setErrorMessage(message);
                    year.setInvalid(true);
                } else {
                    Notification.show(message, 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div header = new Div(year, source);
        header.addClassName("filters");
        Div card = getContent();
        card.addClassNames("card", "regional-entry");
        card.add(new H2(getTranslation("measurement.regions")), header, grid, save);
    }
}
