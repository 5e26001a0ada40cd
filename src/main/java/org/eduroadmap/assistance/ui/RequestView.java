package org.eduroadmap.assistance.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.assistance.RequestDetail;
import org.eduroadmap.assistance.RequestEditingService;
import org.eduroadmap.assistance.RequestWorkflowService;

/**
 * One request: its fields and where its first-response promise stands, the steps the user may take
 * now, its history, then the sections built elsewhere (conversation, attachments).
 */
@Route("assistance/:number")
@PermitAll
class RequestView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestWorkflowService workflow;
    private final RequestEditingService editing;
    private final AssistanceService assistance;
    private final List<RequestPageSection> sections;
    private String number = "";
    private String title = "";

    RequestView(RequestWorkflowService workflow, RequestEditingService editing, AssistanceService assistance,
                List<RequestPageSection> sections) {
        this.workflow = workflow;
        this.editing = editing;
        this.assistance = assistance;
        this.sections = sections.stream().sorted(Comparator.comparingInt(RequestPageSection::order)).toList();
        addClassNames("page", "request-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        RequestDetail detail = workflow.detail(number).orElseThrow(NotFoundException::new);
        show(detail);
    }

    private void show(RequestDetail detail) {
        title = detail.number() + " · " + detail.title();
        removeAll();
        add(new RequestHeader(detail));
        RequestActions actions = new RequestActions(workflow, detail, workflow.availableActions(detail.number()),
                this::reload);
        if (editing.mayEdit(detail.number())) {
            Button edit = new Button(getTranslation("request.edit"), click -> editing.draft(detail.number())
                    .ifPresent(draft -> new RequestForm(editing, assistance, draft, saved -> reload()).open()));
            edit.addClassName("edit-request");
            actions.addComponentAsFirst(edit);
        }
        add(actions);
        add(new RequestHistoryList(detail.history()));
        sections.forEach(section -> add(section.create(detail.number())));
    }

    private void reload() {
        workflow.detail(number).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return title + " · EduRoadmap";
    }
}
