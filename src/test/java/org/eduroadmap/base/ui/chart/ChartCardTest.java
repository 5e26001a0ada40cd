package org.eduroadmap.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;

import org.eduroadmap.base.ui.chart.ChartOptions.Series;

/** The card's text alternative: the same figures as a table, shown on request, as text only. */
class ChartCardTest {

    private final ChartCard card = new ChartCard("Requests <b>by</b> status",
            Charts.bar(List.of("Draft", "<img src=x onerror=alert(1)>"), Series.of("2025", List.of(3, 5))),
            number -> "#" + number);

    @Test
    void namesTheChartByItsTitle() {
        assertThat(card.getChart().getElement().getAttribute("role")).isEqualTo("img");
        assertThat(card.getChart().getElement().getAttribute("aria-label")).isEqualTo("Requests <b>by</b> status");
    }

    @Test
    void tableIsHiddenUntilAskedFor() {
        assertThat(card.isTableVisible()).isFalse();
        assertThat(toggle().getElement().getAttribute("aria-expanded")).isEqualTo("false");

        toggle().click();

        assertThat(card.isTableVisible()).isTrue();
        assertThat(toggle().getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(texts("th")).containsExactly(header("chart.table.category"), "2025", "Draft",
                "<img src=x onerror=alert(1)>");
        assertThat(texts("td")).containsExactly("#3", "#5");
    }

    @Test
    void labelsStayTextNeverMarkup() {
        card.setTableVisible(true);

        assertThat(table().toString()).doesNotContain("<img").contains("&lt;img");
        assertThat(descendants(table()).stream().map(Element::getTag)).doesNotContain("img", "b");
    }

    @Test
    void newOptionsRefreshAShownTable() {
        card.setTableVisible(true);

        card.setOptions(Charts.bar(List.of("Closed"), Series.of("2026", List.of(9))));

        assertThat(texts("td")).containsExactly("#9");
        assertThat(card.getChart().getOptions().series()).hasSize(1);
    }

    @Test
    void withNoValuesTheCardSaysSoInsteadOfDrawingEmptyAxes() {
        card.setTableVisible(true);

        card.setOptions(Charts.horizontalBar(List.of(), Series.of("2026", List.of()))
                .withNoDataText("No approved regional values for 2026."));

        assertThat(card.getChart().isVisible() && card.getChart().getParent().orElseThrow().isVisible()).isFalse();
        assertThat(card.isTableVisible()).isFalse();
        assertThat(toggle().isVisible()).isFalse();
        assertThat(descendants(card.getElement()).stream().filter(element -> element.getTag().equals("p"))
                .filter(Element::isVisible).map(Element::getText))
                .containsExactly("No approved regional values for 2026.");

        card.setOptions(Charts.bar(List.of("Closed"), Series.of("2026", List.of(9))).withNoDataText("None."));

        assertThat(card.getChart().getParent().orElseThrow().isVisible()).isTrue();
        assertThat(toggle().isVisible()).isTrue();
        assertThat(descendants(card.getElement()).stream().filter(element -> element.getTag().equals("p"))
                .filter(Element::isVisible)).isEmpty();
    }

    @Test
    void aSeriesOfGapsIsNoDataButOneValueIs() {
        assertThat(Charts.bar(List.of("2025"), Series.of("a", Arrays.asList((Object) null))).isEmpty())
                .isTrue();
        assertThat(Charts.bar(List.of("2025", "2026"), Series.of("a", Arrays.asList(null, 4))).isEmpty())
                .isFalse();
    }

    private Button toggle() {
        return (Button) card.getContent().getChildren().findFirst().orElseThrow().getChildren()
                .filter(Button.class::isInstance).findFirst().orElseThrow();
    }

    private Element table() {
        return descendants(card.getElement()).stream().filter(element -> element.getTag().equals("table"))
                .findFirst().orElseThrow();
    }

    private List<String> texts(String tag) {
        return descendants(table()).stream().filter(element -> element.getTag().equals(tag))
                .map(Element::getText).toList();
    }

    private static List<Element> descendants(Element root) {
        return root.getChildren().filter(child -> !child.isTextNode())
                .flatMap(child -> Stream.concat(Stream.of(child), descendants(child).stream())).toList();
    }

    /** Without an application there is no message bundle; Vaadin then shows the key in a marker. */
    private String header(String key) {
        return card.getTranslation(key);
    }
}
