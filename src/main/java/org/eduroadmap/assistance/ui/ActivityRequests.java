package org.eduroadmap.assistance.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.assistance.RequestEditingService;
import org.eduroadmap.assistance.RequestRow;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.roadmap.Choice;
import org.eduroadmap.roadmap.ui.ActivityPanelSection;

/**
 * In an activity's side panel: the requests for UNESCO assistance that serve it. A project manager links
 * and unlinks their organisation's requests here; the requests keep the change in their history.
 */
@Component
class ActivityRequests implements ActivityPanelSection {

    private final AssistanceService assistance;
    private final RequestEditingService editing;

    ActivityRequests(AssistanceService assistance, RequestEditingService editing) {
        this.assistance = assistance;
        this.editing = editing;
    }

    @Override
    public com.vaadin.flow.component.Component create(long activityId) {
        return new Section(activityId);
    }

    private class Section extends Composite<Div> {

        private final long activityId;

        Section(long activityId) {
            this.activityId = activityId;
            getContent().addClassNames("panel-section", "activity-requests");
            show();
        }

        private void show() {
            Div content = getContent();
            content.removeAll();
            content.add(label());
            List<RequestRow> linked = assistance.requestsForActivity(activityId);
            if (linked.isEmpty()) {
                content.add(new Span(getTranslation("activity.requests.none")));
            } else {
                UnorderedList list = new UnorderedList();
                linked.forEach(row -> {
                    Span status = new Span(getTranslation("request.status." + row.status().name()));
                    status.addClassNames("request-status", "request-status-" + row.status().name());
                    list.add(new ListItem(new Anchor("assistance/" + row.number(),
                            row.number() + " · " + row.title()), new Span(" "), status));
                });
                content.add(list);
            }
            List<Choice> linkable = editing.linkableRequests();
            if (!linkable.isEmpty()) {
                Button link = new Button(getTranslation("activity.requests.link"), VaadinIcon.LINK.create(),
                        click -> edit(linkable, linked));
                link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                link.addClassName("link-requests");
                content.add(link);
            }
        }

        private void edit(List<Choice> linkable, List<RequestRow> linked) {
            Set<Long> linkedIds = linked.stream().map(RequestRow::id).collect(Collectors.toSet());
            MultiSelectComboBox<Choice> requests = new MultiSelectComboBox<>();
            requests.setAriaLabel(getTranslation("activity.requests"));
            requests.setItems(linkable);
            requests.setItemLabelGenerator(choice -> choice.label(getLocale()));
            requests.setValue(linkable.stream().filter(choice -> linkedIds.contains(choice.id())).toList());
            requests.setHelperText(getTranslation("activity.requests.help"));
            requests.setWidthFull();
            Button save = new Button(getTranslation("activity.requests.save"), click -> save(requests));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("form.cancel"), click -> show());
            HorizontalLayout buttons = new HorizontalLayout(save, cancel);
            buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
            Div content = getContent();
            content.removeAll();
            content.add(label(), requests, buttons);
            requests.focus();
        }

        private void save(MultiSelectComboBox<Choice> requests) {
            try {
                int changed = editing.linkToActivity(activityId,
                        requests.getValue().stream().map(Choice::id).toList());
                Notification.show(getTranslation("activity.requests.saved", changed), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (RuleViolation refused) {
                requests.setInvalid(true);
                requests.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                requests.setInvalid(true);
                requests.setErrorMessage(getTranslation("activity.requests.conflict"));
            }
        }

        private Span label() {
            Span label = new Span(getTranslation("activity.requests"));
            label.addClassName("label");
            return label;
        }
    }
}
