package org.eduroadmap.kpi.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.MeasurementInput;
import org.eduroadmap.kpi.MeasurementService;
import org.eduroadmap.organisation.Region;
import org.eduroadmap.kpi.MeasurementRules;

/**
 * A project manager records one value of a KPI as a draft. The service checks everything; a
 * refusal is shown on the field it names and the input stays for correction.
 */
class MeasurementEntryForm extends Composite<Div> {

    private final IntegerField year = new IntegerField();
    private final ComboBox<Region> region = new ComboBox<>();
    private final BigDecimalField value = new BigDecimalField();
    private final TextField source = new TextField();
    private final TextField comment = new TextField();

    MeasurementEntryForm(MeasurementService service, KpiOverview kpi, List<Region> regions, int currentYear,
                         Runnable afterSave) {
        year.setLabel(getTranslation("measurement.year"));
        year.setValue(currentYear);
        year.setStepButtonsVisible(true);
        region.setLabel(getTranslation("measurement.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(item -> item.nameIn(getLocale()));
        region.setPlaceholder(getTranslation("dashboard.national"));
        region.setClearButtonVisible(true);
        region.setVisible(!regions.isEmpty());
        value.setLabel(getTranslation("measurement.value") + " (" + getTranslation("kpi.unit." + kpi.unit().name()) + ")");
        value.setRequiredIndicatorVisible(true);
        source.setLabel(getTranslation("measurement.source"));
        comment.setLabel(getTranslation("measurement.comment"));
        source.setMaxLength(MeasurementRules.SOURCE_LENGTH);
        comment.setMaxLength(MeasurementRules.COMMENT_LENGTH);

        Button save = new Button(getTranslation("measurement.saveDraft"), click -> {
            clearErrors();
            try {
                service.record(new MeasurementInput(kpi.code(), year.getValue(),
                        region.getValue() == null ? null : region.getValue().getCode(), value.getValue(),
                        source.getValue(), comment.getValue()));
                Notification.show(getTranslation("measurement.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterSave.run();
            } catch (RuleViolation refused) {
                showError(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);

        FormLayout form = new FormLayout(year, region, value, source, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        Div card = getContent();
        card.addClassNames("card", "measurement-form");
        card.add(new H2(getTranslation("measurement.record")), form, save);
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(year, region, value, source)) {
            field.setInvalid(false);
        }
    }

    private void showError(RuleViolation refused) {
        String message = getTranslation(refused.messageKey(), refused.arguments());
        HasValidation field = Map.<String, HasValidation>of("year", year, "region", region, "value", value)
                .get(refused.field());
        if (field == null) {
            Notification.show(message, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
