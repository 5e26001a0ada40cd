package org.eduroadmap.roadmap.ui;

import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

import org.eduroadmap.base.Formats;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.roadmap.BaselineService;
import org.eduroadmap.roadmap.BaselineSummary;

/** Chooses the baseline to compare the plan with and, for project managers, saves a new one. */
class BaselinePicker extends Composite<Div> {

    private final BaselineService service;
    private final ComboBox<BaselineSummary> baseline = new ComboBox<>();

    BaselinePicker(BaselineService service, boolean mayEdit, Consumer<Optional<BaselineSummary>> onChoose) {
        this.service = service;
        baseline.setLabel(getTranslation("baseline.compare"));
        baseline.setPlaceholder(getTranslation("baseline.none"));
        baseline.setItemLabelGenerator(item -> item.name() + " · "
                + Formats.date(item.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), getLocale()));
        baseline.setClearButtonVisible(true);
        baseline.setItems(service.baselines());
        baseline.addValueChangeListener(event -> onChoose.accept(Optional.ofNullable(event.getValue())));
        baseline.addClassName("baseline-select");
        getContent().add(baseline);
        if (mayEdit) {
            Button save = new Button(getTranslation("baseline.save"), VaadinIcon.CAMERA.create(), click -> ask());
            save.addClassName("save-baseline");
            getContent().add(save);
        }
        getContent().addClassName("baseline-picker");
    }

    private void ask() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("baseline.save"));
        TextField name = new TextField(getTranslation("baseline.name"));
        name.setPlaceholder(getTranslation("baseline.name.placeholder"));
        name.setMaxLength(BaselineService.NAME_LENGTH);
        name.setWidthFull();
        dialog.add(new Paragraph(getTranslation("baseline.save.hint")), name);
        Button save = new Button(getTranslation("form.save"), click -> {
            try {
                BaselineSummary saved = service.save(name.getValue());
                dialog.close();
                baseline.setItems(service.baselines());
                baseline.setValue(service.baselines().stream().filter(item -> item.id() == saved.id()).findFirst()
                        .orElse(null));
                Notification.show(getTranslation("baseline.saved", saved.name()), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RuleViolation refused) {
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }
}
