package org.eduroadmap.assistance.ui;

import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

import org.eduroadmap.assistance.RequestAction;
import org.eduroadmap.assistance.RequestDetail;
import org.eduroadmap.assistance.RequestWorkflowService;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.roadmap.Choice;

/**
 * The steps the signed-in user may take now, as the service lists them; a step that needs a question,
 * answer, reason or note asks for it in a small dialog first.
 */
class RequestActions extends Div {

    private final RequestWorkflowService workflow;
    private final RequestDetail detail;
    private final Runnable afterChange;

    RequestActions(RequestWorkflowService workflow, RequestDetail detail, List<RequestAction> actions,
                   Runnable afterChange) {
        this.workflow = workflow;
        this.detail = detail;
        this.afterChange = afterChange;
        addClassName("request-actions");
        actions.forEach(action -> {
            Button button = new Button(getTranslation("request.action." + action.name()),
                    click -> start(action));
            button.addClassNames("request-action", "request-action-" + action.name());
            if (action == RequestAction.WITHDRAW || action == RequestAction.DECLINE) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            add(button);
        });
    }

    private void start(RequestAction action) {
        if (action == RequestAction.ASSIGN) {
            assign();
            return;
        }
        if (!action.needsText()) {
            perform(action, null);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassName("request-action-dialog");
        dialog.setHeaderTitle(getTranslation("request.action." + action.name()));
        TextArea text = new TextArea(getTranslation("request.text." + action.name()));
        text.setWidthFull();
        text.setMinHeight("8rem");
        // A reason for declining is kept on the request, in a shorter column than other texts.
        text.setMaxLength(action == RequestAction.DECLINE ? RequestWorkflowService.DECLINE_LENGTH
                : RequestWorkflowService.TEXT_LENGTH);
        text.setRequiredIndicatorVisible(true);
        Button confirm = new Button(getTranslation("request.dialog.confirm"), click -> {
            try {
                if (perform(action, text.getValue())) {
                    dialog.close();
                }
            } catch (RuleViolation refused) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("request-action-confirm");
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("request.dialog.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }

    /** Assigning asks which advisor of the addressed office will review the request. */
    private void assign() {
        Dialog dialog = new Dialog();
        dialog.addClassName("request-action-dialog");
        dialog.setHeaderTitle(getTranslation("request.action.ASSIGN"));
        ComboBox<Choice> advisor = new ComboBox<>(getTranslation("request.advisor"));
        advisor.setItems(workflow.assignableAdvisors(detail.number()));
        advisor.setItemLabelGenerator(choice -> choice.label(getLocale()));
        advisor.setWidthFull();
        Button confirm = new Button(getTranslation("request.dialog.confirm"), click -> {
            try {
                if (perform(RequestAction.ASSIGN, null, advisor.getValue() == null ? null : advisor.getValue().id())) {
                    dialog.close();
                }
            } catch (RuleViolation refused) {
                advisor.setInvalid(true);
                advisor.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("request-action-confirm");
        dialog.add(advisor);
        dialog.getFooter().add(new Button(getTranslation("request.dialog.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private boolean perform(RequestAction action, String text) {
        return perform(action, text, null);
    }

    /** @return whether the step was taken; a refusal at a field is the caller's to show */
    private boolean perform(RequestAction action, String text, Long assigneeId) {
        try {
            workflow.perform(detail.number(), detail.version(), action, text, assigneeId);
        } catch (ObjectOptimisticLockingFailureException | AccessDeniedException stale) {
            error(getTranslation("request.conflict"));
            afterChange.run();
            return true;
        } catch (RuleViolation refused) {
            if (refused.field() != null) {
                throw refused;
            }
            error(getTranslation(refused.messageKey(), refused.arguments()));
            return false;
        }
        Notification.show(getTranslation("request.done", getTranslation("request.status." + workflow.detail(detail.number()).map(d -> d.status().name()).orElse(detail.status().name()))), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        afterChange.run();
        return true;
    }

    private static void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
