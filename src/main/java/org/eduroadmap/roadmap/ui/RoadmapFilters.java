package org.eduroadmap.roadmap.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;

import org.eduroadmap.roadmap.ActivityFilter;
import org.eduroadmap.roadmap.ActivityStatus;
import org.eduroadmap.roadmap.Choice;
import org.eduroadmap.roadmap.EditorChoices;
import org.eduroadmap.roadmap.ui.RoadmapTimeline.Window;

/** The filters the timeline and the grid share, and how far the timeline zooms. */
class RoadmapFilters extends Composite<Div> {

    enum Zoom {
        QUARTER, YEAR, WHOLE
    }

    private final ComboBox<Choice> area = new ComboBox<>();
    private final ComboBox<Choice> owner = new ComboBox<>();
    private final ComboBox<Choice> responsible = new ComboBox<>();
    private final ComboBox<ActivityStatus> status = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Zoom> zoom = new Select<>();

    RoadmapFilters(EditorChoices choices, Runnable onChange) {
        choice(area, "activity.actionArea", choices.actionAreas());
        choice(owner, "activity.owner", choices.organisations());
        choice(responsible, "activity.responsible", choices.people());
        status.setLabel(getTranslation("activity.status"));
        status.setItems(ActivityStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("activity.status." + value.name()));
        status.setClearButtonVisible(true);
        from.setLabel(getTranslation("roadmap.filter.from"));
        to.setLabel(getTranslation("roadmap.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        zoom.setLabel(getTranslation("roadmap.zoom"));
        zoom.setItems(Zoom.values());
        zoom.setItemLabelGenerator(value -> getTranslation("roadmap.zoom." + value.name()));
        zoom.setValue(Zoom.WHOLE);
        Button clear = new Button(getTranslation("roadmap.filter.clear"), VaadinIcon.CLOSE_SMALL.create(), click -> {
            area.clear();
            owner.clear();
            responsible.clear();
            status.clear();
            from.clear();
            to.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Consumer<Object> changed = ignored -> onChange.run();
        area.addValueChangeListener(changed::accept);
        owner.addValueChangeListener(changed::accept);
        responsible.addValueChangeListener(changed::accept);
        status.addValueChangeListener(changed::accept);
        from.addValueChangeListener(changed::accept);
        to.addValueChangeListener(changed::accept);
        zoom.addValueChangeListener(changed::accept);
        getContent().add(area, owner, responsible, status, from, to, zoom, clear);
        getContent().addClassName("filters");
    }

    private void choice(ComboBox<Choice> box, String key, java.util.List<Choice> items) {
        box.setLabel(getTranslation(key));
        box.setItems(items);
        box.setItemLabelGenerator(item -> item.label(getLocale()));
        box.setClearButtonVisible(true);
    }

    ActivityFilter filter() {
        return new ActivityFilter(id(area), id(owner), id(responsible), status.getValue(), from.getValue(),
                to.getValue());
    }

    /** The days the timeline shows: this quarter, this year, or the whole Roadmap (null). */
    Window window(LocalDate today) {
        return switch (zoom.getValue()) {
            case QUARTER -> {
                LocalDate first = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
                yield new Window(first, first.plusMonths(3).minusDays(1));
            }
            case YEAR -> new Window(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
            case WHOLE -> null;
        };
    }

    private static Long id(ComboBox<Choice> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }
}
