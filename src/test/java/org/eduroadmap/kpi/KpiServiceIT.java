package org.eduroadmap.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

import org.eduroadmap.TestClock;

/** The KPI catalogue's filters and paging over the demo model. */
@SpringBootTest
@Import(TestClock.class)
@WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
class KpiServiceIT {

    @Autowired
    KpiService kpis;

    @Test
    void searchesCodesAndNamesInEveryLanguage() {
        assertThat(kpis.catalogue("internet", null, null, 2026, PageRequest.of(0, 10)).getContent())
                .extracting(KpiOverview::code).containsExactly("SDG-4.a.1b");
        assertThat(kpis.catalogue("учител", null, null, 2026, PageRequest.of(0, 10)).getContent())
                .extracting(KpiOverview::code).containsExactly("SDG-4.c.1-DIG");
        assertThat(kpis.catalogue("4.a.1", null, null, 2026, PageRequest.of(0, 10)).getContent()).hasSize(3);
    }

    @Test
    void filtersByPriorityAreaAndByComputedStatus() {
        assertThat(kpis.catalogue(null, null, KpiStatus.OFF_TRACK, 2026, PageRequest.of(0, 10)).getContent())
                .extracting(KpiOverview::code).containsExactly("MOE-ELEARNING");
        assertThat(kpis.catalogue(null, "SKILLS", KpiStatus.AT_RISK, 2026, PageRequest.of(0, 10)).getContent())
                .extracting(KpiOverview::code).containsExactly("SDG-4.4.1", "SDG-4.c.1-DIG");
        assertThat(kpis.catalogue(null, "SKILLS", KpiStatus.ON_TRACK, 2026, PageRequest.of(0, 10)).getContent())
                .isEmpty();
    }

    @Test
    void breaksTheNationalValueDownByEachDimensionButRegion() {
        var breakdowns = kpis.breakdowns("SDG-4.4.1", 2025);

        assertThat(breakdowns).containsOnlyKeys(Dimension.SEX, Dimension.LOCATION);
        assertThat(breakdowns.get(Dimension.SEX)).extracting(BreakdownValue::part).containsExactly("FEMALE", "MALE");
        assertThat(breakdowns.get(Dimension.LOCATION).get(1).value()).isEqualByComparingTo("39");
        assertThat(kpis.breakdowns("MOE-DIGITAL-TEXTBOOKS", 2025)).isEmpty();
    }

    @Test
    void breakdownsDoNotCountAsTheNationalValue() {
        KpiOverview skills = kpis.overview(2025).stream().filter(kpi -> kpi.code().equals("SDG-4.4.1"))
                .findFirst().orElseThrow();
        assertThat(skills.latestValue()).isEqualByComparingTo("50");
    }

    @Test
    void pagesInTheChosenOrderWithOrWithoutAStatusFilter() {
        Slice<KpiOverview> first = kpis.catalogue(null, null, null, 2026, PageRequest.of(0, 4, Sort.by("code")));
        assertThat(first.getContent()).extracting(KpiOverview::code)
                .containsExactly("MOE-DIGITAL-TEXTBOOKS", "MOE-ELEARNING", "MOE-EMIS-COVERAGE", "MOE-PUPILS-PER-PC");
        assertThat(first.hasNext()).isTrue();

        Slice<KpiOverview> atRisk = kpis.catalogue(null, null, KpiStatus.AT_RISK, 2026,
                PageRequest.of(1, 3, Sort.by(Sort.Direction.DESC, "code")));
        assertThat(atRisk.getContent()).extracting(KpiOverview::code).containsExactly("MOE-EMIS-COVERAGE");
        assertThat(atRisk.hasNext()).isFalse();
    }
}
