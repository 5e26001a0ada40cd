package org.eduroadmap.assistance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;

import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.assistance.ListedRequest;
import org.eduroadmap.assistance.RequestFilter;

/**
 * The requests as a board: a column per status, a card per request, under the same filters as the list.
 * The service reads every column at once; each shows at most a page of cards and says when there are more.
 */
class RequestBoard extends Div {

    static final int CARDS_PER_COLUMN = 30;

    private final AssistanceService assistance;

    RequestBoard(AssistanceService assistance) {
        this.assistance = assistance;
        addClassName("request-board");
    }

    void show(RequestFilter filter) {
        removeAll();
        assistance.board(filter, CARDS_PER_COLUMN).forEach((status, cards) -> {
            Div lane = new Div(new H3(getTranslation("request.status." + status.name())));
            lane.addClassNames("request-lane", "request-lane-" + status.name());
            cards.forEach(card -> lane.add(card(card)));
            if (cards.hasNext()) {
                lane.add(new Span(getTranslation("assistance.board.more")));
            }
            add(lane);
        });
    }

    private Div card(ListedRequest request) {
        RouterLink link = new RouterLink(request.number() + " · " + request.title(), RequestView.class,
                new RouteParameters("number", request.number()));
        Span office = new Span(request.addressedOrganisation().in(getLocale()));
        office.addClassName("request-card-office");
        Span priority = new Span(getTranslation("request.priority." + request.priority().name()));
        priority.addClassName("request-card-priority");
        Div card = new Div(link, office, new Div(priority, new SlaBadge(request.sla())));
        card.addClassName("request-card");
        return card;
    }
}
