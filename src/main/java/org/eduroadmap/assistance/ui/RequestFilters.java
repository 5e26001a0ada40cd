package org.eduroadmap.assistance.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.eduroadmap.assistance.RequestCategory;
import org.eduroadmap.assistance.RequestFilter;
import org.eduroadmap.assistance.RequestPriority;
import org.eduroadmap.assistance.RequestStatus;
import org.eduroadmap.roadmap.Choice;

/** The filters above the request list; any change hands the new filter on. */
class RequestFilters extends Div {

    final TextField text = new TextField();
    final ComboBox<RequestStatus> status = new ComboBox<>();
    final ComboBox<RequestCategory> category = new ComboBox<>();
    final ComboBox<RequestPriority> priority = new ComboBox<>();
    final ComboBox<Choice> office = new ComboBox<>();
    final Checkbox assignedToMe = new Checkbox();
    final Checkbox waitingForMe = new Checkbox();

    RequestFilters(List<Choice> offices, boolean advisor, Consumer<RequestFilter> onChange) {
        addClassName("request-filters");
        text.setPlaceholder(getTranslation("assistance.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.setItems(RequestStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("request.status." + value.name()));
        status.setPlaceholder(getTranslation("request.status"));
        category.setItems(RequestCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("request.category." + value.name()));
        category.setPlaceholder(getTranslation("request.category"));
        priority.setItems(RequestPriority.values());
        priority.setItemLabelGenerator(value -> getTranslation("request.priority." + value.name()));
        priority.setPlaceholder(getTranslation("request.priority"));
        office.setItems(offices);
        office.setItemLabelGenerator(choice -> choice.label(getLocale()));
        office.setPlaceholder(getTranslation("request.addressedTo"));
        assignedToMe.setLabel(getTranslation("assistance.filter.assignedToMe"));
        waitingForMe.setLabel(getTranslation("assistance.filter.waitingForMe"));
        List.of(status, category, priority, office).forEach(box -> box.setClearButtonVisible(true));
        add(text, status, category, priority, office);
        if (advisor) {
            add(assignedToMe);
        }
        add(waitingForMe);
        Runnable changed = () -> onChange.accept(filter());
        text.addValueChangeListener(event -> changed.run());
        status.addValueChangeListener(event -> changed.run());
        category.addValueChangeListener(event -> changed.run());
        priority.addValueChangeListener(event -> changed.run());
        office.addValueChangeListener(event -> changed.run());
        assignedToMe.addValueChangeListener(event -> changed.run());
        waitingForMe.addValueChangeListener(event -> changed.run());
    }

    RequestFilter filter() {
        return new RequestFilter(status.getValue(), category.getValue(), priority.getValue(),
                office.getValue() == null ? null : office.getValue().id(), assignedToMe.getValue(),
                waitingForMe.getValue(), text.getValue());
    }
}
