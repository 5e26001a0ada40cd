package org.eduroadmap.meeting.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import org.eduroadmap.base.Formats;
import org.eduroadmap.meeting.MeetingDetail;
import org.eduroadmap.meeting.MeetingService;

/**
 * One meeting: who met, what was said, and each decision with the Roadmap activity that follows it up.
 * Project managers turn a decision that has none into an activity from here.
 */
@Route("meetings/:id")
@PermitAll
class MeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The Roadmap's screens belong to a feature that depends on this one, so they are reached by URL only. */
    static final String ROADMAP = "roadmap";
    static final String NEW_ACTIVITY = "roadmap/new";

    private final MeetingService meetings;
    private String title = "";

    MeetingView(MeetingService meetings) {
        this.meetings = meetings;
        addClassNames("page", "meeting-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException();
        }
        show(meetings.meeting(id).orElseThrow(NotFoundException::new));
    }

    private void show(MeetingDetail meeting) {
        removeAll();
        title = meeting.title().in(getLocale());
        RouterLink back = new RouterLink(getTranslation("meeting.back"), MeetingsView.class);
        back.addClassName("back-link");
        add(back, header(meeting));
        Div cards = new Div(decisions(meeting), participants(meeting.participants()));
        cards.addClassName("meeting-cards");
        add(cards);
    }

    private Div header(MeetingDetail meeting) {
        Span when = new Span(Formats.date(meeting.heldOn(), getLocale()) + " · "
                + getTranslation("meeting.format." + meeting.format().name()));
        when.addClassName("muted");
        Div header = new Div(new H2(title), when);
        header.add(meeting.summary() == null ? muted(getTranslation("meeting.noSummary"))
                : new Paragraph(meeting.summary()));
        header.addClassNames("card", "meeting-header");
        return header;
    }

    private Div decisions(MeetingDetail meeting) {
        Div card = new Div(new H3(getTranslation("meeting.decisions")));
        card.addClassNames("card", "meeting-decisions");
        if (meeting.decisions().isEmpty()) {
            card.add(muted(getTranslation("meeting.noDecisions")));
            return card;
        }
        boolean mayFollowUp = meetings.mayRecord();
        OrderedList list = new OrderedList();
        for (MeetingDetail.Decision decision : meeting.decisions()) {
            Paragraph wording = new Paragraph(decision.wording());
            wording.addClassName("decision-wording");
            ListItem item = new ListItem(wording, followUp(meeting.id(), decision, mayFollowUp));
            item.addClassName("decision");
            list.add(item);
        }
        card.add(list);
        return card;
    }

    private Component followUp(long meetingId, MeetingDetail.Decision decision, boolean mayFollowUp) {
        if (decision.isFollowedUp()) {
            Anchor activity = new Anchor(ROADMAP + "?activity=" + decision.activityId(),
                    getTranslation("meeting.decision.followedUp"));
            activity.addClassNames("decision-status", "decision-followed-up");
            return activity;
        }
        if (mayFollowUp) {
            Button create = new Button(getTranslation("meeting.decision.makeActivity"), VaadinIcon.PLUS.create(),
                    click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(NEW_ACTIVITY,
                            QueryParameters.of("meeting", String.valueOf(meetingId))
                                    .merging("decision", String.valueOf(decision.position())))));
            create.addThemeVariants(ButtonVariant.LUMO_SMALL);
            create.addClassName("decision-make-activity");
            return create;
        }
        Span pending = new Span(getTranslation("meeting.decision.pending"));
        pending.addClassNames("decision-status", "decision-pending");
        return pending;
    }

    private Div participants(List<MeetingDetail.Participant> participants) {
        Div card = new Div(new H3(getTranslation("meeting.participants")));
        card.addClassNames("card", "meeting-participants");
        if (participants.isEmpty()) {
            card.add(muted(getTranslation("meeting.noParticipants")));
            return card;
        }
        Map<String, List<String>> byAffiliation = new LinkedHashMap<>();
        participants.forEach(participant -> byAffiliation
                .computeIfAbsent(participant.affiliation(), affiliation -> new java.util.ArrayList<>())
                .add(participant.fullName()));
        byAffiliation.forEach((affiliation, names) -> {
            Span heading = new Span(affiliation);
            heading.addClassName("affiliation");
            UnorderedList people = new UnorderedList(names.stream().map(ListItem::new).toArray(ListItem[]::new));
            Div group = new Div(heading, people);
            group.addClassName("affiliation-group");
            card.add(group);
        });
        return card;
    }

    private static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("muted");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return title + " · EduRoadmap";
    }
}
