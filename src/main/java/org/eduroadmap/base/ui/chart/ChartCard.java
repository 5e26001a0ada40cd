package org.eduroadmap.base.ui.chart;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;

/**
 * A titled chart with its text alternative: the chart is announced as an image named by the title,
 * and a button shows the same figures as a table for screen readers, printing and exact reading.
 */
public class ChartCard extends Composite<Div> {

    private final H2 title = new H2();
    private final ApexChart chart = new ApexChart();
    private final Div table = new Div();
    private final Button toggle = new Button();
    private final Function<Number, String> numberFormat;

    public ChartCard(String titleText, ChartOptions options, Function<Number, String> numberFormat) {
        this.numberFormat = numberFormat;
        Div card = getContent();
        card.addClassNames("card", "chart-card");
        chart.getElement().setAttribute("role", "img");
        table.addClassName("chart-table");
        table.setVisible(false);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setIcon(VaadinIcon.TABLE.create());
        toggle.addClickListener(click -> setTableVisible(!table.isVisible()));
        Div heading = new Div(title, toggle);
        heading.addClassName("chart-card-heading");
        card.add(heading, chart, table);
        setTitle(titleText);
        setOptions(options);
        setTableVisible(false);
    }

    public void setTitle(String text) {
        title.setText(text);
        chart.getElement().setAttribute("aria-label", text);
    }

    /** Updates the chart in place and the table with it. */
    public void setOptions(ChartOptions options) {
        chart.setOptions(options);
        renderTable(ChartTable.of(options, numberFormat));
    }

    public ApexChart getChart() {
        return chart;
    }

    private void setTableVisible(boolean visible) {
        table.setVisible(visible);
        toggle.setText(getTranslation(visible ? "chart.table.hide" : "chart.table.show"));
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(visible));
    }

    private void renderTable(ChartTable data) {
        table.removeAll();
        Element html = new Element("table");
        Element head = new Element("tr");
        head.appendChild(cell("th", getTranslation("chart.table.category")));
        data.headers().forEach(header -> head.appendChild(cell("th", header)));
        html.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : data.rows()) {
            Element tr = new Element("tr");
            row.forEach(value -> tr.appendChild(cell("td", value)));
            body.appendChild(tr);
        }
        html.appendChild(body);
        table.getElement().appendChild(html);
    }

    /** Text is set as text, never as HTML. */
    private static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        cell.setText(text == null ? "" : text);
        return cell;
    }
}
