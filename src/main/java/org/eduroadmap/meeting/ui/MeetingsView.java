package org.eduroadmap.meeting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.eduroadmap.base.Formats;
import org.eduroadmap.meeting.MeetingRow;
import org.eduroadmap.meeting.MeetingService;

/** Meetings of the partners with their summaries and decisions, newest first. */
@Route("meetings")
@Menu(order = 4, icon = "vaadin:group", title = "nav.meetings")
@PermitAll
class MeetingsView extends Main implements HasDynamicTitle {

    MeetingsView(MeetingService meetings) {
        addClassName("page");
        Grid<MeetingRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> Formats.date(row.heldOn(), getLocale())).setHeader(getTranslation("meeting.date"))
                .setSortable(true).setSortProperty("heldOn").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation("meeting.format." + row.format().name()))
                .setHeader(getTranslation("meeting.format")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.title().in(getLocale())).setHeader(getTranslation("meeting.title")).setFlexGrow(2);
        grid.addColumn(MeetingRow::participants).setHeader(getTranslation("meeting.participants")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> {
            Div details = new Div(labelled("meeting.summary", row.summary()),
                    labelled("meeting.decisions", String.valueOf(row.decisions())));
            details.addClassName("meeting-details");
            return details;
        }));
        grid.setItemsPageable(pageable -> meetings.meetings(pageable).getContent());
        grid.setEmptyStateText(getTranslation("meetings.empty"));
        grid.setSizeFull();
        add(new Paragraph(getTranslation("meetings.hint")), grid);
        setHeightFull();
    }

    private Paragraph labelled(String key, String text) {
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName("label");
        return new Paragraph(label, new Span(text == null ? "–" : text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.meetings") + " · EduRoadmap";
    }
}
