package org.eduroadmap.assistance.ui;

import java.util.Map;
import java.util.function.Consumer;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.assistance.RequestCategory;
import org.eduroadmap.assistance.RequestDraft;
import org.eduroadmap.assistance.RequestEditingService;
import org.eduroadmap.assistance.RequestPriority;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.roadmap.Choice;

/**
 * Raising or editing a request, in a dialog. The service checks every rule; a refusal is shown at the
 * field it names, and the user's input stays.
 */
class RequestForm extends Dialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<RequestCategory> category = new ComboBox<>();
    final ComboBox<Choice> addressedOrganisation = new ComboBox<>();
    final ComboBox<RequestPriority> priority = new ComboBox<>();
    final DatePicker dueDate = new DatePicker();
    final ComboBox<Choice> activity = new ComboBox<>();
    final ComboBox<Choice> kpi = new ComboBox<>();
    final Button save = new Button();

    private final Binder<RequestDraft> binder = new Binder<>(RequestDraft.class);
    private final Map<String, HasValidation> fields = Map.of("title", title, "description", description,
            "category", category, "addressedOrganisation", addressedOrganisation, "priority", priority,
            "dueDate", dueDate, "activity", activity, "kpi", kpi);

    RequestForm(RequestEditingService editing, AssistanceService assistance, RequestDraft draft,
                Consumer<String> onSaved) {
        addClassName("request-form");
        setHeaderTitle(getTranslation(draft.getNumber() == null ? "request.form.new" : "request.form.edit",
                draft.getNumber()));
        title.setLabel(getTranslation("request.title"));
        description.setLabel(getTranslation("request.description"));
        description.setMinHeight("8rem");
        title.setMaxLength(RequestEditingService.TITLE_LENGTH);
        description.setMaxLength(RequestEditingService.DESCRIPTION_LENGTH);
        category.setLabel(getTranslation("request.category"));
        category.setItems(RequestCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("request.category." + value.name()));
        addressedOrganisation.setLabel(getTranslation("request.addressedTo"));
        addressedOrganisation.setItems(assistance.unescoOffices());
        addressedOrganisation.setItemLabelGenerator(choice -> choice.label(getLocale()));
        priority.setLabel(getTranslation("request.priority"));
        priority.setItems(RequestPriority.values());
        priority.setItemLabelGenerator(value -> getTranslation("request.priority." + value.name()));
        dueDate.setLabel(getTranslation("request.dueDate"));
        activity.setLabel(getTranslation("request.activity"));
        activity.setItems(editing.activityChoices());
        activity.setItemLabelGenerator(choice -> choice.label(getLocale()));
        activity.setClearButtonVisible(true);
        kpi.setLabel(getTranslation("request.kpi"));
        kpi.setItems(editing.kpiChoices());
        kpi.setItemLabelGenerator(choice -> choice.label(getLocale()));
        kpi.setClearButtonVisible(true);
        binder.bindInstanceFields(this);
        binder.setBean(draft);

        FormLayout layout = new FormLayout(title, description, category, addressedOrganisation, priority, dueDate,
                activity, kpi);
        layout.setColspan(title, 2);
        layout.setColspan(description, 2);
        add(layout);
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-request");
        save.addClickListener(click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                String number = editing.save(binder.getBean());
                close();
                onSaved.accept(number);
            } catch (RuleViolation refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                HasValidation field = refused.field() == null ? null : fields.get(refused.field());
                if (field == null) {
                    error(message);
                } else {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            } catch (ObjectOptimisticLockingFailureException | AccessDeniedException stale) {
                error(getTranslation("request.conflict.form"));
            }
        });
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
        setWidth("min(48rem, 95vw)");
    }

    private static void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
