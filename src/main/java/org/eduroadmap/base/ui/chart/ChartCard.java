package org.eduroadmap.base.ui.chart;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;

/**
 * A titled chart with its text alternative. The chart is announced as one image named by the title;
 * a button shows the same figures as a plain table, for screen readers, exact reading and printing.
 */
public class ChartCard extends Composite<Div> {

    private final H2 title = new H2();
    private final ApexChart chart = new ApexChart();
    private final Div table = new Div();
    private final Button toggle = new Button();
    private final Div chartBox;
    private final Paragraph empty = new Paragraph();
    private final Function<Number, String> numberFormat;
    private ChartOptions options;

    /** A card whose table writes numbers as the user's language does. */
    public ChartCard(String titleText, ChartOptions options) {
        this(titleText, options, null);
    }

    /**
     * @param options        may be null until the data is known; see {@link #setOptions}
     * @param numberFormat   how the table writes a value, e.g. with the unit's decimals; null for the locale's default
     */
    public ChartCard(String titleText, ChartOptions options, Function<Number, String> numberFormat) {
        this.numberFormat = numberFormat != null ? numberFormat
                : value -> NumberFormat.getNumberInstance(getLocale()).format(value);
        toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        toggle.setIcon(VaadinIcon.TABLE.create());
        toggle.addClickListener(click -> setTableVisible(!table.isVisible()));
        Div heading = new Div(title, toggle);
        heading.addClassName("chart-card-heading");
        heading.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("justify-content", "space-between").set("gap", "var(--lumo-space-s)");
        // ApexCharts redraws when the chart's parent resizes: its own box keeps the table's opening from doing so.
        chartBox = new Div(chart);
        empty.addClassName("muted");
        empty.setVisible(false);
        table.addClassName("chart-table");
        table.getStyle().set("overflow-x", "auto");
        table.setVisible(false);
        Div card = getContent();
        card.addClassNames("card", "chart-card");
        card.add(heading, chartBox, empty, table);
        setTitle(titleText);
        setOptions(options);
        setTableVisible(false);
    }

    /** The visible heading, which also names the chart for screen readers. */
    public void setTitle(String text) {
        title.setText(text);
        chart.setAriaLabel(text);
        if (table.isVisible()) {
            renderTable();
        }
    }

    /**
     * Updates the chart in place, and the table with it. With no data at all and a text for that case, the card
     * shows the text alone: ApexCharts would draw it inside an empty pair of axes.
     */
    public void setOptions(ChartOptions options) {
        this.options = options;
        chart.setOptions(options);
        boolean nothing = options != null && options.noData() != null && options.isEmpty();
        chartBox.setVisible(!nothing);
        empty.setVisible(nothing);
        empty.setText(nothing ? options.noData().text() : "");
        toggle.setVisible(!nothing);
        if (nothing) {
            table.setVisible(false);
        }
        if (table.isVisible()) {
            renderTable();
        }
    }

    public ApexChart getChart() {
        return chart;
    }

    public boolean isTableVisible() {
        return table.isVisible();
    }

    public void setTableVisible(boolean visible) {
        table.setVisible(visible);
        if (visible) {
            renderTable();
        }
        toggle.setText(visible ? getTranslation("chart.table.hide") : getTranslation("chart.table.show"));
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(visible));
    }

    /** Built only when shown, and as elements with text: a label is never read as HTML. */
    private void renderTable() {
        ChartTable data = ChartTable.of(options, new ChartTable.Texts(getTranslation("chart.table.category"),
                getTranslation("chart.table.value"), getTranslation("chart.table.start"),
                getTranslation("chart.table.end"), numberFormat, this::date));
        Element html = new Element("table");
        html.setAttribute("aria-label", title.getText());
        html.getStyle().set("width", "100%").set("border-collapse", "collapse")
                .set("font-size", "var(--lumo-font-size-s)");
        Element header = new Element("tr");
        data.columns().forEach(column -> header.appendChild(
                cell("th", column, header.getChildCount() > 0).setAttribute("scope", "col")));
        Element body = new Element("tbody");
        for (List<String> row : data.rows()) {
            Element line = new Element("tr");
            Element rowHeader = cell("th", row.getFirst(), false).setAttribute("scope", "row");
            rowHeader.getStyle().set("font-weight", "normal");
            line.appendChild(rowHeader);
            row.stream().skip(1).forEach(value -> line.appendChild(cell("td", value, true)));
            body.appendChild(line);
        }
        html.appendChild(new Element("thead").appendChild(header), body);
        table.getElement().removeAllChildren();
        table.getElement().appendChild(html);
    }

    private static Element cell(String tag, String text, boolean figure) {
        Element cell = new Element(tag);
        cell.setText(text == null ? "" : text);
        cell.getStyle().set("text-align", figure ? "end" : "start")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return cell;
    }

    private String date(long epochMillis) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }
}
