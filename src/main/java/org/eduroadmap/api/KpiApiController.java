package org.eduroadmap.api;

import java.time.Clock;
import java.time.Year;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.eduroadmap.kpi.KpiService;

/** KPIs with their targets and latest approved values. */
@RestController
@RequestMapping("/api/v1/kpis")
class KpiApiController {

    private final KpiService kpis;
    private final Clock clock;

    KpiApiController(KpiService kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    /** Every KPI judged for a year (this year unless given). */
    @GetMapping
    List<ApiJson.Kpi> kpis(@RequestParam(required = false) Integer year) {
        int judged = year == null ? Year.now(clock).getValue() : year;
        return kpis.overview(judged).stream().map(kpi -> ApiJson.Kpi.of(kpi, judged)).toList();
    }

    @GetMapping("/{code}")
    ApiJson.KpiWithTargets kpi(@PathVariable String code, @RequestParam(required = false) Integer year) {
        int judged = year == null ? Year.now(clock).getValue() : year;
        return kpis.detail(code, judged).map(detail -> ApiJson.KpiWithTargets.of(detail, judged))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No KPI has the code " + code + "."));
    }
}
