package org.eduroadmap.roadmap.ui;

import java.util.Map;
import java.util.function.Consumer;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.roadmap.ActivityDraft;
import org.eduroadmap.roadmap.ActivityKind;
import org.eduroadmap.roadmap.ActivityService;
import org.eduroadmap.roadmap.ActivityService.SavedActivity;
import org.eduroadmap.roadmap.ActivityStatus;
import org.eduroadmap.roadmap.Choice;
import org.eduroadmap.roadmap.EditorChoices;

/**
 * Creates or edits an activity or milestone. The form binds a draft and hands it to the service, which
 * checks every rule; a refusal marks the field at fault and keeps what the user typed, and so does a
 * conflict with someone else's save, until the user chooses to reload.
 */
class ActivityForm extends Composite<Div> {

    private final ActivityService service;
    private final Consumer<SavedActivity> onSaved;
    private final Runnable onClose;
    private final Binder<ActivityDraft> binder = new Binder<>();
    private final H3 heading = new H3();
    private final Div conflict = new Div();
    private final Span formError = new Span();

    final RadioButtonGroup<ActivityKind> kind = new RadioButtonGroup<>();
    final TextField titleEn = new TextField();
    final TextField titleRu = new TextField();
    final TextField titleTk = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<Choice> actionArea = new ComboBox<>();
    final ComboBox<Choice> owner = new ComboBox<>();
    final ComboBox<Choice> responsible = new ComboBox<>();
    final DatePicker plannedStart = new DatePicker();
    final DatePicker plannedEnd = new DatePicker();
    final DatePicker actualStart = new DatePicker();
    final DatePicker actualEnd = new DatePicker();
    final IntegerField percentComplete = new IntegerField();
    final ComboBox<ActivityStatus> status = new ComboBox<>();
    final MultiSelectComboBox<Choice> predecessors = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Choice> kpis = new MultiSelectComboBox<>();
    final Button save = new Button();

    private ActivityDraft draft;

    ActivityForm(ActivityService service, EditorChoices choices, Consumer<SavedActivity> onSaved, Runnable onClose) {
        this.service = service;
        this.onSaved = onSaved;
        this.onClose = onClose;
        kind.setLabel(getTranslation("activity.kind"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("activity.kind." + value.name()));
        kind.addValueChangeListener(event -> showKind(event.getValue()));
        label(titleEn, "activity.titleEn");
        label(titleRu, "activity.titleRu");
        label(titleTk, "activity.titleTk");
        titleEn.setMaxLength(ActivityService.TITLE_LENGTH);
        titleRu.setMaxLength(ActivityService.TITLE_LENGTH);
        titleTk.setMaxLength(ActivityService.TITLE_LENGTH);
        description.setLabel(getTranslation("activity.description"));
        description.setMaxLength(ActivityService.DESCRIPTION_LENGTH);
        pick(actionArea, "activity.actionArea", choices.actionAreas());
        pick(owner, "activity.owner", choices.organisations());
        pick(responsible, "activity.responsible", choices.people());
        responsible.setClearButtonVisible(true);
        plannedStart.setLabel(getTranslation("activity.plannedStart"));
        plannedEnd.setLabel(getTranslation("activity.plannedEnd"));
        actualStart.setLabel(getTranslation("activity.actualStart"));
        actualEnd.setLabel(getTranslation("activity.actualEnd"));
        actualStart.setClearButtonVisible(true);
        actualEnd.setClearButtonVisible(true);
        percentComplete.setLabel(getTranslation("activity.percent"));
        percentComplete.setMin(0);
        percentComplete.setMax(100);
        percentComplete.setStepButtonsVisible(true);
        percentComplete.setSuffixComponent(new Span("%"));
        status.setLabel(getTranslation("activity.status"));
        status.setItems(ActivityStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("activity.status." + value.name()));
        predecessors.setLabel(getTranslation("activity.predecessors"));
        predecessors.setHelperText(getTranslation("activity.predecessors.hint"));
        predecessors.setItemLabelGenerator(item -> item.label(getLocale()));
        predecessors.setItems(query -> service.activityChoices(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream().filter(choice -> draft == null || !choice.id().equals(draft.getId())));
        kpis.setLabel(getTranslation("activity.kpis"));
        kpis.setItems(choices.kpis());
        kpis.setItemLabelGenerator(item -> item.label(getLocale()));

        String required = getTranslation("form.required");
        binder.forField(kind).bind(ActivityDraft::getKind, ActivityDraft::setKind);
        binder.forField(titleEn).asRequired(required).bind(ActivityDraft::getTitleEn, ActivityDraft::setTitleEn);
        binder.forField(titleRu).bind(ActivityDraft::getTitleRu, ActivityDraft::setTitleRu);
        binder.forField(titleTk).bind(ActivityDraft::getTitleTk, ActivityDraft::setTitleTk);
        binder.forField(description).bind(ActivityDraft::getDescription, ActivityDraft::setDescription);
        binder.forField(actionArea).asRequired(required).bind(ActivityDraft::getActionArea, ActivityDraft::setActionArea);
        binder.forField(owner).asRequired(required).bind(ActivityDraft::getOwner, ActivityDraft::setOwner);
        binder.forField(responsible).bind(ActivityDraft::getResponsible, ActivityDraft::setResponsible);
        binder.forField(plannedStart).asRequired(required)
                .bind(ActivityDraft::getPlannedStart, ActivityDraft::setPlannedStart);
        binder.forField(plannedEnd).bind(ActivityDraft::getPlannedEnd, ActivityDraft::setPlannedEnd);
        binder.forField(actualStart).bind(ActivityDraft::getActualStart, ActivityDraft::setActualStart);
        binder.forField(actualEnd).bind(ActivityDraft::getActualEnd, ActivityDraft::setActualEnd);
        binder.forField(percentComplete).asRequired(required)
                .bind(ActivityDraft::getPercentComplete, ActivityDraft::setPercentComplete);
        binder.forField(status).asRequired(required).bind(ActivityDraft::getStatus, ActivityDraft::setStatus);
        binder.forField(predecessors).bind(ActivityDraft::getPredecessors, ActivityDraft::setPredecessors);
        binder.forField(kpis).bind(ActivityDraft::getKpis, ActivityDraft::setKpis);

        FormLayout fields = new FormLayout(kind, titleEn, titleRu, titleTk, actionArea, owner, responsible,
                plannedStart, plannedEnd, status, percentComplete, actualStart, actualEnd, predecessors, kpis,
                description);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        for (var wide : new com.vaadin.flow.component.Component[] {kind, titleEn, titleRu, titleTk, actionArea, owner,
                responsible, predecessors, kpis, description}) {
            fields.setColspan(wide, 2);
        }

        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("form.cancel"), click -> onClose.run());
        cancel.addClickShortcut(Key.ESCAPE);
        Div actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        getContent().add(heading, conflict, fields, formError, actions);
        getContent().addClassName("activity-form");
    }

    void edit(ActivityDraft value) {
        draft = value;
        heading.setText(getTranslation(value.getId() == null ? "activity.new" : "activity.edit"));
        conflict.setVisible(false);
        formError.setText("");
        binder.readBean(value);
        showKind(value.getKind());
        titleEn.focus();
    }

    private void showKind(ActivityKind value) {
        boolean milestone = value == ActivityKind.MILESTONE;
        plannedStart.setLabel(getTranslation(milestone ? "activity.date" : "activity.plannedStart"));
        actualEnd.setLabel(getTranslation(milestone ? "activity.reachedOn" : "activity.actualEnd"));
        plannedEnd.setVisible(!milestone);
        actualStart.setVisible(!milestone);
    }

    private void save() {
        ActivityDraft edited = draft;
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        if (edited.getKind() == ActivityKind.MILESTONE) {
            // A milestone has one date: the form asks for it once.
            edited.setPlannedEnd(edited.getPlannedStart());
            edited.setActualStart(edited.getActualEnd());
        }
        formError.setText("");
        try {
            SavedActivity saved = service.save(edited);
            onSaved.accept(saved);
        } catch (RuleViolation refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            HasValidation field = fields().get(refused.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            formError.setText(message);
        } catch (ObjectOptimisticLockingFailureException stale) {
            showConflict();
        }
    }

    /** Someone saved the activity meanwhile: keep what this user typed and let them choose to reload. */
    private void showConflict() {
        conflict.removeAll();
        Button reload = new Button(getTranslation("activity.conflict.reload"), VaadinIcon.REFRESH.create(),
                click -> service.draft(draft.getId()).ifPresentOrElse(this::edit, onClose));
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        conflict.add(new Span(getTranslation("activity.conflict")), reload);
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(true);
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("titleEn", titleEn), Map.entry("actionArea", actionArea),
                Map.entry("owner", owner), Map.entry("responsible", responsible),
                Map.entry("plannedStart", plannedStart), Map.entry("plannedEnd", plannedEnd),
                Map.entry("actualStart", actualStart), Map.entry("actualEnd", actualEnd),
                Map.entry("percentComplete", percentComplete), Map.entry("status", status),
                Map.entry("predecessors", predecessors), Map.entry("description", description));
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
    }

    private void pick(ComboBox<Choice> box, String key, java.util.List<Choice> items) {
        box.setLabel(getTranslation(key));
        box.setItems(items);
        box.setItemLabelGenerator(item -> item.label(getLocale()));
    }
}
