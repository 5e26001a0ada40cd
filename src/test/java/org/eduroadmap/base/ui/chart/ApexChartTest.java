package org.eduroadmap.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import tools.jackson.databind.JsonNode;

import org.eduroadmap.base.ui.chart.ChartOptions.Series;

/** What the component sends to the browser, round trip by round trip. */
class ApexChartTest {

    private final UI ui = new UI();
    private final Div layout = new Div();

    @BeforeEach
    void attachLayout() {
        // A session that is always locked by the test's thread is all the UI needs here.
        ui.getInternals().setSession(new VaadinSession(mock(VaadinService.class)) {
            @Override
            public boolean hasLock() {
                return true;
            }
        });
        ui.add(layout);
        roundTrip();
    }

    @Test
    void isAnImageNamedByItsTitle() {
        ApexChart chart = new ApexChart();
        chart.setAriaLabel("Pupils per teacher");

        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Pupils per teacher");
        assertThat(chart.getElement().getStyle().get("width")).isEqualTo("100%");
    }

    @Test
    void drawsOnceAttachedWithTheOptionsAsParameters() {
        ApexChart chart = new ApexChart(bars(1));

        assertThat(roundTrip()).as("not attached yet").isEmpty();
        layout.add(chart);
        List<PendingJavaScriptInvocation> sent = roundTrip();

        assertThat(sent).hasSize(1);
        List<Object> parameters = sent.getFirst().getInvocation().getParameters();
        assertThat(parameters.getFirst()).isInstanceOf(JsonNode.class);
        assertThat(((JsonNode) parameters.getFirst()).at("/series/0/data/0").asInt()).isEqualTo(1);
        assertThat(parameters.get(1)).isEqualTo(bars(1).shape());
        assertThat(sent.getFirst().getInvocation().getExpression()).doesNotContain("Ahal");
    }

    @Test
    void sendsOnlyTheLastOptionsOfARoundTrip() {
        ApexChart chart = new ApexChart(bars(1));
        layout.add(chart);
        roundTrip();

        chart.setOptions(bars(2));
        chart.setOptions(bars(3));
        List<PendingJavaScriptInvocation> sent = roundTrip();

        assertThat(sent).hasSize(1);
        assertThat(((JsonNode) sent.getFirst().getInvocation().getParameters().getFirst()).at("/series/0/data/0").asInt())
                .isEqualTo(3);
    }

    @Test
    void drawsAgainWhenReattached() {
        ApexChart chart = new ApexChart(bars(1));
        layout.add(chart);
        roundTrip();

        layout.remove(chart);
        assertThat(roundTrip()).isEmpty();
        layout.add(chart);

        assertThat(roundTrip()).hasSize(1);
    }

    @Test
    void nullOptionsKeepWhatIsShown() {
        ApexChart chart = new ApexChart(bars(1));
        layout.add(chart);
        roundTrip();

        chart.setOptions(null);

        assertThat(roundTrip()).isEmpty();
        assertThat(chart.getOptions()).isEqualTo(bars(1));
    }

    private static ChartOptions bars(int value) {
        return Charts.horizontalBar(List.of("Ahal"), Series.of("Share", List.of(value)));
    }

    private List<PendingJavaScriptInvocation> roundTrip() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations();
    }
}
