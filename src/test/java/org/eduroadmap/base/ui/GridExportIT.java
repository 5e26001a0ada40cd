package org.eduroadmap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;

import org.eduroadmap.TestClock;
import org.eduroadmap.kpi.KpiRepository;

/** An export holds what the grid shows under its filters: every row, not just the loaded page, typed values. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
class GridExportIT extends SpringBrowserlessTest {

    @Autowired
    KpiRepository kpis;

    @SuppressWarnings("unchecked")
    private List<List<Object>> exported() {
        return $(GridExport.class).single().rows(UI.getCurrent());
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void theKpiExportFollowsTheSearchAndKeepsValuesAsNumbers() {
        navigate("kpis", Component.class);
        List<List<Object>> all = exported();
        assertThat(all).hasSize((int) kpis.count());

        test($(TextField.class).single()).setValue("internet");

        List<List<Object>> found = exported();
        assertThat(found).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(found).allSatisfy(row -> assertThat((String) row.get(1)).containsIgnoringCase("internet"));
        assertThat(found).anySatisfy(row -> assertThat(row.get(5)).isInstanceOf(BigDecimal.class));
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void theRequestExportIsInTheUsersLanguage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        navigate("assistance", Component.class);

        List<List<Object>> rows = exported();

        assertThat(rows).extracting(row -> row.get(0)).contains("TA-2025-001", "TA-2024-001");
        assertThat(rows).filteredOn(row -> "TA-2025-001".equals(row.get(0))).singleElement()
                .satisfies(row -> assertThat(row.get(5)).isEqualTo("Нужна информация"));
    }
}
