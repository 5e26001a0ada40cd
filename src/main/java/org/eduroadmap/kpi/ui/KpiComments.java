package org.eduroadmap.kpi.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import org.eduroadmap.base.Formats;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.kpi.CommentRow;
import org.eduroadmap.kpi.KpiCommentService;

/** The discussion under a KPI, oldest first, with a box to add to it. Comments are shown as plain text. */
class KpiComments extends Composite<Div> {

    private final KpiCommentService service;
    private final String kpiCode;
    private final Div thread = new Div();
    private final TextArea body = new TextArea();

    KpiComments(KpiCommentService service, String kpiCode) {
        this.service = service;
        this.kpiCode = kpiCode;
        thread.addClassName("comment-thread");
        body.setLabel(getTranslation("comment.new"));
        body.setMaxLength(KpiCommentService.MAX_LENGTH);
        body.setWidthFull();
        Button post = new Button(getTranslation("comment.post"), click -> post());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = getContent();
        card.addClassNames("card", "kpi-comments");
        card.add(new H2(getTranslation("comment.title")), thread, body, post);
        refresh();
    }

    private void post() {
        try {
            service.comment(kpiCode, body.getValue());
            body.clear();
            body.setInvalid(false);
            refresh();
        } catch (RuleViolation refused) {
            body.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            body.setInvalid(true);
        }
    }

    private void refresh() {
        thread.removeAll();
        var rows = service.comments(kpiCode);
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("comment.empty"));
            empty.addClassName("muted");
            thread.add(empty);
        }
        for (CommentRow row : rows) {
            Span who = new Span(row.author() + (row.organisation() == null ? ""
                    : " · " + row.organisation().in(getLocale())) + " · " + Formats.date(row.createdAt(), getLocale()));
            who.addClassName("muted");
            Paragraph text = new Paragraph(row.body());
            text.addClassName("comment-body");
            Div comment = new Div(who, text);
            comment.addClassName("comment");
            thread.add(comment);
        }
    }
}
