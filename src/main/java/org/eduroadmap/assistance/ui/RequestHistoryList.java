package org.eduroadmap.assistance.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.eduroadmap.assistance.HistoryRow;
import org.eduroadmap.base.Formats;

/** Everything that happened to the request, oldest first, with the texts that went with each step. */
class RequestHistoryList extends Div {

    RequestHistoryList(List<HistoryRow> rows) {
        addClassName("request-history");
        add(new H3(getTranslation("request.history")));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("request.history.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        rows.forEach(row -> list.add(item(row)));
        add(list);
    }

    private ListItem item(HistoryRow row) {
        String when = Formats.date(row.at(), getLocale()) + " · " + (row.actor() == null ? "–" : row.actor()) + " · ";
        ListItem item = new ListItem(new Span(when));
        if (row.isTransition()) {
            item.add(new Span(getTranslation("request.history.transition",
                    getTranslation("request.action." + row.action().name()),
                    getTranslation("request.status." + row.from().name()),
                    getTranslation("request.status." + row.to().name()))));
            if (row.newValue() != null) {
                Paragraph text = new Paragraph(row.newValue());
                text.addClassName("request-history-text");
                item.add(text);
            }
        } else {
            item.add(new Span(getTranslation("request.history.change", getTranslation("request." + row.field()),
                    row.oldValue() == null ? "–" : row.oldValue(), row.newValue() == null ? "–" : row.newValue())));
        }
        return item;
    }
}
