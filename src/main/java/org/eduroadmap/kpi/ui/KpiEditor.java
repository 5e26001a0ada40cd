package org.eduroadmap.kpi.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.kpi.Direction;
import org.eduroadmap.kpi.Framework;
import org.eduroadmap.kpi.KpiDefinition;
import org.eduroadmap.kpi.KpiDefinitionService;
import org.eduroadmap.kpi.KpiUnit;
import org.eduroadmap.kpi.PriorityAreaChoice;

/**
 * The editor of a KPI's definition, with its targets by year as a small editable table. The service
 * checks everything; a refusal marks the field it names and keeps the input, a conflict too.
 */
class KpiEditor extends Dialog {

    private final TextField nameEn = new TextField();
    private final TextField nameRu = new TextField();
    private final TextField nameTk = new TextField();
    private final TextArea description = new TextArea();
    private final Select<String> area = new Select<>();
    private final Select<KpiUnit> unit = new Select<>();
    private final Select<Direction> direction = new Select<>();
    private final IntegerField decimals = new IntegerField();
    private final BigDecimalField baselineValue = new BigDecimalField();
    private final IntegerField baselineYear = new IntegerField();
    private final BigDecimalField onTrack = new BigDecimalField();
    private final BigDecimalField atRisk = new BigDecimalField();
    private final TextField dataSource = new TextField();
    private final com.vaadin.flow.component.checkbox.CheckboxGroup<org.eduroadmap.kpi.Dimension> dimensions =
            new com.vaadin.flow.component.checkbox.CheckboxGroup<>();
    private final Div targetRows = new Div();
    private final Span targetError = new Span();
    private final List<TargetRow> targets = new ArrayList<>();

    private record TargetRow(IntegerField year, BigDecimalField value, Div row) {
    }

    private final boolean isNew;
    private final TextField code = new TextField();
    private final Select<Framework> framework = new Select<>();
    private final Select<String> owner = new Select<>();

    /** The editor of an existing KPI. */
    KpiEditor(KpiDefinitionService service, KpiDefinition definition, List<PriorityAreaChoice> areas,
              Runnable afterSave) {
        this(service, definition, areas, Map.of(), false, afterSave);
    }

    /**
     * The editor of a new KPI; {@code owners} (code → name) lets an administrator choose the owning
     * organisation, and is empty for a project manager, whose organisation owns what they create.
     */
    static KpiEditor forNew(KpiDefinitionService service, List<PriorityAreaChoice> areas, Map<String, String> owners,
                            int baselineYear, Runnable afterSave) {
        KpiDefinition blank = new KpiDefinition("", LocalizedText.of("", "", ""), null,
                areas.isEmpty() ? null : areas.get(0).code(), KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER, 1,
                BigDecimal.ZERO, baselineYear, BigDecimal.valueOf(80), BigDecimal.valueOf(50),
                null, new TreeMap<>(), java.util.EnumSet.of(org.eduroadmap.kpi.Dimension.REGION), 0);
        return new KpiEditor(service, blank, areas, owners, true, afterSave);
    }

    private KpiEditor(KpiDefinitionService service, KpiDefinition definition, List<PriorityAreaChoice> areas,
                      Map<String, String> owners, boolean isNew, Runnable afterSave) {
        this.isNew = isNew;
        setHeaderTitle(isNew ? getTranslation("kpi.new") : getTranslation("kpi.edit") + " · " + definition.code());
        code.setLabel(getTranslation("kpi.code"));
        code.setMaxLength(40);
        List.of(nameEn, nameRu, nameTk).forEach(name -> name.setMaxLength(KpiDefinitionService.NAME_LENGTH));
        description.setMaxLength(KpiDefinitionService.DESCRIPTION_LENGTH);
        dataSource.setMaxLength(KpiDefinitionService.DATA_SOURCE_LENGTH);
        code.setVisible(isNew);
        framework.setLabel(getTranslation("kpi.framework"));
        framework.setItems(Framework.values());
        framework.setItemLabelGenerator(value -> getTranslation("kpi.framework." + value.name()));
        framework.setValue(Framework.NATIONAL);
        framework.setVisible(isNew);
        owner.setLabel(getTranslation("kpi.edit.owner"));
        owner.setItems(List.copyOf(owners.keySet()));
        owner.setItemLabelGenerator(owners::get);
        owner.setVisible(isNew && !owners.isEmpty());
        setWidth("min(100vw, 56rem)");
        nameEn.setLabel(getTranslation("kpi.edit.nameEn"));
        nameRu.setLabel(getTranslation("kpi.edit.nameRu"));
        nameTk.setLabel(getTranslation("kpi.edit.nameTk"));
        description.setLabel(getTranslation("kpi.edit.description"));
        Map<String, String> areaNames = new LinkedHashMap<>();
        areas.forEach(choice -> areaNames.put(choice.code(), choice.name().in(getLocale())));
        area.setLabel(getTranslation("kpi.priorityArea"));
        area.setItems(List.copyOf(areaNames.keySet()));
        area.setItemLabelGenerator(areaNames::get);
        unit.setLabel(getTranslation("kpi.unit"));
        unit.setItems(KpiUnit.values());
        unit.setItemLabelGenerator(value -> getTranslation("kpi.unit." + value.name()));
        direction.setLabel(getTranslation("kpi.edit.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(value -> getTranslation("kpi.direction." + value.name()));
        decimals.setLabel(getTranslation("kpi.edit.decimals"));
        baselineValue.setLabel(getTranslation("kpi.edit.baselineValue"));
        baselineYear.setLabel(getTranslation("kpi.edit.baselineYear"));
        onTrack.setLabel(getTranslation("kpi.edit.onTrack"));
        atRisk.setLabel(getTranslation("kpi.edit.atRisk"));
        dataSource.setLabel(getTranslation("kpi.source"));
        dimensions.setLabel(getTranslation("kpi.edit.dimensions"));
        dimensions.setItems(org.eduroadmap.kpi.Dimension.values());
        dimensions.setItemLabelGenerator(dimension -> getTranslation("dimension." + dimension.name()));
        dimensions.setValue(definition.dimensions());

        nameEn.setValue(definition.name().en());
        nameRu.setValue(definition.name().ru());
        nameTk.setValue(definition.name().tk());
        description.setValue(definition.description() == null ? "" : definition.description());
        area.setValue(definition.priorityAreaCode());
        unit.setValue(definition.unit());
        direction.setValue(definition.direction());
        decimals.setValue(definition.decimals());
        baselineValue.setValue(definition.baselineValue());
        baselineYear.setValue(definition.baselineYear());
        onTrack.setValue(definition.onTrackPercent());
        atRisk.setValue(definition.atRiskPercent());
        dataSource.setValue(definition.dataSource() == null ? "" : definition.dataSource());
        definition.targets().forEach(this::addTarget);

        FormLayout form = new FormLayout(code, framework, owner, nameEn, nameRu, nameTk, area, unit, direction,
                baselineValue, baselineYear,
                decimals, onTrack, atRisk, dataSource, dimensions, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        form.setColspan(description, 3);
        form.setColspan(dimensions, 3);
        Button addTarget = new Button(getTranslation("kpi.edit.addTarget"), VaadinIcon.PLUS.create(),
                click -> addTarget(null, null));
        addTarget.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        targetError.addClassName("field-error");
        targetRows.addClassName("target-rows");
        add(form, new H3(getTranslation("kpi.targets")), targetRows, targetError, addTarget);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation("kpi.edit.save"), click -> save(service, definition, afterSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private void addTarget(Integer year, BigDecimal value) {
        IntegerField yearField = new IntegerField();
        yearField.setAriaLabel(getTranslation("dashboard.year"));
        yearField.setValue(year);
        yearField.setWidth("7rem");
        BigDecimalField valueField = new BigDecimalField();
        valueField.setAriaLabel(getTranslation("dashboard.trend.target"));
        valueField.setValue(value);
        Div row = new Div(yearField, valueField);
        row.addClassName("target-row");
        TargetRow target = new TargetRow(yearField, valueField, row);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            targets.remove(target);
            targetRows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("kpi.edit.remove"));
        row.add(remove);
        targets.add(target);
        targetRows.add(row);
    }

    private void save(KpiDefinitionService service, KpiDefinition loaded, Runnable afterSave) {
        List.<HasValidation>of(code, owner, nameEn, area, unit, decimals, baselineValue, onTrack)
                .forEach(f -> f.setInvalid(false));
        targetError.setText("");
        if (targets.stream().anyMatch(target -> target.year().getValue() == null || target.value().getValue() == null)) {
            targetError.setText(getTranslation("kpi.error.targetIncomplete"));
            return;
        }
        SortedMap<Integer, BigDecimal> targetValues = new TreeMap<>();
        targets.forEach(target -> targetValues.put(target.year().getValue(), target.value().getValue()));
        KpiDefinition edited = new KpiDefinition(isNew ? code.getValue() : loaded.code(),
                LocalizedText.of(nameEn.getValue(), nameRu.getValue(), nameTk.getValue()), description.getValue(),
                area.getValue(), unit.getValue(), direction.getValue(),
                decimals.getValue() == null ? -1 : decimals.getValue(), baselineValue.getValue(),
                baselineYear.getValue() == null ? 0 : baselineYear.getValue(), onTrack.getValue(), atRisk.getValue(),
                dataSource.getValue(), targetValues, dimensions.getValue(), loaded.version());
        try {
            if (isNew) {
                service.create(edited, framework.getValue(), owner.getValue());
            } else {
                service.save(edited);
            }
            Notification.show(getTranslation("kpi.edit.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            afterSave.run();
        } catch (RuleViolation refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            HasValidation field = Map.<String, HasValidation>ofEntries(Map.entry("code", code),
                    Map.entry("owner", owner), Map.entry("nameEn", nameEn), Map.entry("nameRu", nameRu),
                    Map.entry("nameTk", nameTk), Map.entry("description", description),
                    Map.entry("dataSource", dataSource), Map.entry("priorityArea", area), Map.entry("unit", unit),
                    Map.entry("decimals", decimals), Map.entry("baselineValue", baselineValue),
                    Map.entry("baselineYear", baselineYear), Map.entry("onTrackPercent", onTrack))
                    .get(refused.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                targetError.setText(message);
            }
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notification.show(getTranslation("kpi.edit.conflict"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
