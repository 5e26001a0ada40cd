package org.eduroadmap.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import org.eduroadmap.base.Formats;
import org.eduroadmap.meeting.MeetingRow;
import org.eduroadmap.meeting.MeetingService;

/** Meetings of the partners, newest first; a row opens the meeting with its decisions. */
@Route("meetings")
@Menu(order = 4, icon = "vaadin:group", title = "nav.meetings")
@PermitAll
class MeetingsView extends Main implements HasDynamicTitle {

    MeetingsView(MeetingService meetings) {
        addClassName("page");
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("meetings.search"));
        search.setAriaLabel(getTranslation("meetings.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Div filters = new Div(search);
        filters.addClassName("filters");
        if (meetings.mayRecord()) {
            Button create = new Button(getTranslation("meetings.new"), VaadinIcon.PLUS.create(),
                    click -> new MeetingForm(meetings, id -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                            new RouteParameters("id", String.valueOf(id))))).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(create);
        }

        Grid<MeetingRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> Formats.date(row.heldOn(), getLocale())).setHeader(getTranslation("meeting.date"))
                .setSortable(true).setSortProperty("heldOn").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation("meeting.format." + row.format().name()))
                .setHeader(getTranslation("meeting.format")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.title().in(getLocale())).setHeader(getTranslation("meeting.title")).setFlexGrow(2);
        grid.addColumn(MeetingRow::participants).setHeader(getTranslation("meeting.participants")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::decisions).setKey("decisions").setHeader(getTranslation("meeting.decisions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> meetings.meetings(search.getValue(), pageable).getContent());
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id())))));
        grid.addClassName("meetings-grid");
        grid.setEmptyStateText(getTranslation("meetings.empty"));
        grid.setSizeFull();
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add(new Paragraph(getTranslation("meetings.hint")), filters, grid);
        setHeightFull();
    }

    private String decisions(MeetingRow row) {
        return row.decisions() == 0 ? getTranslation("meetings.noDecisions")
                : getTranslation("meetings.followedUp", row.followedUp(), row.decisions());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.meetings") + " · EduRoadmap";
    }
}
