package org.eduroadmap.roadmap.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.eduroadmap.audit.ui.HistoryLink;
import org.eduroadmap.base.Formats;
import org.eduroadmap.roadmap.ActivityDetail;
import org.eduroadmap.roadmap.ActivityDraft;
import org.eduroadmap.roadmap.ActivityKind;
import org.eduroadmap.roadmap.ActivityRow;
import org.eduroadmap.roadmap.ActivityService;
import org.eduroadmap.roadmap.ActivityService.SavedActivity;
import org.eduroadmap.roadmap.Choice;
import org.eduroadmap.roadmap.DependencyWarning;
import org.eduroadmap.roadmap.EditorChoices;

/**
 * A side sheet beside the timeline: one activity's detail (dates, dependencies, KPIs, the meeting it
 * follows up, broken dependencies) and, for project managers, its editor. Escape closes it.
 */
class ActivityPanel extends Composite<Div> {

    private final ActivityService service;
    private final List<ActivityPanelSection> sections;
    private final Runnable onChanged;
    private final LongConsumer onOpened;
    private final Runnable onClosed;
    private final EditorChoices choices;
    private final Div body = new Div();
    /** Built when first needed: most visits to the Roadmap only read. */
    private ActivityForm form;

    ActivityPanel(ActivityService service, EditorChoices choices, List<ActivityPanelSection> sections,
                  Runnable onChanged, LongConsumer onOpened, Runnable onClosed) {
        this.service = service;
        this.sections = sections;
        this.onChanged = onChanged;
        this.onOpened = onOpened;
        this.onClosed = onClosed;
        this.choices = choices;
        Button close = new Button(VaadinIcon.CLOSE.create(), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("form.close"));
        close.addClassName("panel-close");
        getContent().add(close, body);
        getContent().addClassName("side-panel");
        getContent().getElement().setAttribute("role", "region");
        getContent().getElement().setAttribute("aria-label", getTranslation("activity.panel"));
        Shortcuts.addShortcutListener(getContent(), this::close, Key.ESCAPE).listenOn(getContent());
        setVisible(false);
    }

    void show(long id) {
        service.detail(id).ifPresentOrElse(this::showDetail, () -> {
            Notification.show(getTranslation("activity.notFound"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            close();
        });
    }

    void create(ActivityDraft draft) {
        body.removeAll();
        if (form == null) {
            form = new ActivityForm(service, choices, this::saved, this::closeOrBack);
        }
        body.add(form);
        form.edit(draft);
        setVisible(true);
    }

    void close() {
        setVisible(false);
        body.removeAll();
        onClosed.run();
    }

    private Long shown;

    private void closeOrBack() {
        if (shown != null) {
            show(shown);
        } else {
            close();
        }
    }

    private void saved(SavedActivity saved) {
        Notification.show(getTranslation("activity.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onChanged.run();
        show(saved.id());
    }

    private void showDetail(ActivityDetail detail) {
        ActivityRow row = detail.row();
        shown = row.id();
        body.removeAll();
        H3 title = new H3(row.title().in(getLocale()));
        body.add(title, HistoryLink.to("Activity", row.id()));
        if (row.isOverdue(service.today())) {
            Span overdue = new Span(VaadinIcon.CLOCK.create(), new Span(getTranslation("activity.overdue")));
            overdue.addClassName("overdue");
            body.add(overdue);
        }
        if (detail.meetingId() != null) {
            Anchor meeting = new Anchor("meetings/" + detail.meetingId(), getTranslation("activity.fromMeeting",
                    Formats.date(detail.meetingDate(), getLocale())));
            meeting.addClassName("from-meeting");
            body.add(new Paragraph(VaadinIcon.GROUP.create(), meeting));
        }
        boolean milestone = row.kind() == ActivityKind.MILESTONE;
        Div facts = new Div(
                fact("activity.actionArea", row.actionArea().in(getLocale())),
                fact("activity.owner", row.owner().in(getLocale())),
                fact("activity.responsible", row.responsible() == null ? "–" : row.responsible()),
                fact("activity.status", getTranslation("activity.status." + row.status().name())
                        + (milestone ? "" : " · " + row.percentComplete() + "\u00a0%")),
                fact(milestone ? "activity.date" : "activity.planned", milestone ? date(row.plannedStart())
                        : date(row.plannedStart()) + " – " + date(row.plannedEnd())),
                fact(milestone ? "activity.reachedOn" : "activity.actual", milestone ? date(row.actualEnd())
                        : date(row.actualStart()) + " – " + date(row.actualEnd())));
        facts.addClassName("facts");
        body.add(facts);
        if (detail.description() != null) {
            body.add(new Paragraph(detail.description()));
        }
        if (!detail.warnings().isEmpty()) {
            body.add(warnings(row.id(), detail.warnings()));
        }
        body.add(links("activity.predecessors", detail.predecessors()),
                links("activity.successors", detail.successors()));
        if (!detail.kpis().isEmpty()) {
            UnorderedList list = new UnorderedList();
            detail.kpis().forEach(kpi -> list.add(new ListItem(new Anchor("kpis/" + kpi.code(),
                    kpi.code() + " · " + kpi.name().in(getLocale())))));
            body.add(section("activity.kpis", list));
        }
        sections.stream().map(section -> section.create(row.id())).filter(Objects::nonNull).forEach(body::add);
        if (service.mayEdit()) {
            Button edit = new Button(getTranslation("activity.editButton"), VaadinIcon.EDIT.create(),
                    click -> service.draft(row.id()).ifPresent(this::create));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.addClassName("edit-activity");
            body.add(edit);
        }
        setVisible(true);
        onOpened.accept(row.id());
    }

    private Div warnings(long id, List<DependencyWarning> warnings) {
        Div box = new Div();
        box.addClassName("dependency-warnings");
        box.getElement().setAttribute("role", "alert");
        for (DependencyWarning warning : warnings) {
            box.add(new Paragraph(VaadinIcon.WARNING.create(), new Span(getTranslation("activity.warning.overlap",
                    warning.successor().in(getLocale()), warning.predecessor().in(getLocale()), warning.days()))));
        }
        if (service.mayEdit() && warnings.stream().anyMatch(w -> w.predecessorId() == id)) {
            Button shift = new Button(getTranslation("activity.shiftSuccessors"), VaadinIcon.ARROW_FORWARD.create(),
                    click -> {
                        int moved = service.shiftSuccessors(id);
                        Notification.show(getTranslation("activity.shifted", moved), 4000,
                                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        onChanged.run();
                        show(id);
                    });
            shift.addClassName("shift-successors");
            box.add(shift);
        }
        return box;
    }

    private Component links(String key, List<Choice> activities) {
        if (activities.isEmpty()) {
            return section(key, new Span(getTranslation("activity.none")));
        }
        UnorderedList list = new UnorderedList();
        activities.forEach(activity -> {
            Button open = new Button(activity.label(getLocale()), click -> show(activity.id()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.add(new ListItem(open));
        });
        return section(key, list);
    }

    private Div section(String key, Component content) {
        Span label = new Span(getTranslation(key));
        label.addClassName("label");
        Div section = new Div(label, content);
        section.addClassName("panel-section");
        return section;
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("label");
        Div fact = new Div(label, new Span(value));
        fact.addClassName("fact");
        return fact;
    }

    private String date(LocalDate date) {
        return date == null ? "…" : Formats.date(date, getLocale());
    }
}
