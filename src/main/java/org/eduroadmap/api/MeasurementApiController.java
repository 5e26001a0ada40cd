package org.eduroadmap.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.eduroadmap.kpi.MeasurementInput;
import org.eduroadmap.kpi.MeasurementRow;
import org.eduroadmap.kpi.MeasurementService;
import org.eduroadmap.kpi.MeasurementStatus;
import org.eduroadmap.kpi.RefusedValues;
import org.eduroadmap.base.RuleViolation;

/** Reading KPI values, and receiving them from the EMIS. */
@RestController
@RequestMapping("/api/v1/measurements")
class MeasurementApiController {

    static final int MAX_BATCH = 1000;
    static final int MAX_SOURCE = 200;
    static final int MAX_COMMENT = 2000;

    private final MeasurementService measurements;

    MeasurementApiController(MeasurementService measurements) {
        this.measurements = measurements;
    }

    /**
     * Yearly values without a breakdown, approved ones unless another status is asked for, filtered
     * by KPI, region and years ({@code year} alone, or {@code fromYear}/{@code toYear}).
     */
    @GetMapping
    ApiPage<ApiJson.Measurement> find(@RequestParam(required = false) String kpi,
                                      @RequestParam(required = false) String region,
                                      @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) Integer fromYear,
                                      @RequestParam(required = false) Integer toYear,
                                      @RequestParam(required = false) String status,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        int from = year != null ? year : fromYear != null ? fromYear : 0;
        int to = year != null ? year : toYear != null ? toYear : 9999;
        Set<MeasurementStatus> statuses = status == null ? EnumSet.of(MeasurementStatus.APPROVED)
                : EnumSet.of(status(status));
        Page<MeasurementRow> rows = measurements.find(blankToNull(kpi), blankToNull(region), from, to, statuses,
                PageRequest.of(page, size));
        return new ApiPage<>(rows.map(ApiJson.Measurement::of).getContent(), page, size, rows.getTotalElements());
    }

    /**
     * Values from another system, stored as SUBMITTED for an administrator to approve. All of them or
     * none: a refused batch lists every value at fault by its position.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiJson.Submitted submit(@RequestBody ApiJson.MeasurementBatch batch, @AuthenticationPrincipal ApiClient client) {
        if (batch == null || batch.measurements() == null || batch.measurements().isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Send at least one value in \"measurements\".");
        }
        if (batch.measurements().size() > MAX_BATCH) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    "Send at most " + MAX_BATCH + " values in one call; split larger batches.");
        }
        List<RefusedValues.Refusal> tooLong = new ArrayList<>();
        List<MeasurementInput> inputs = new ArrayList<>();
        for (int index = 0; index < batch.measurements().size(); index++) {
            ApiJson.NewMeasurement value = batch.measurements().get(index);
            if (value == null) {
                tooLong.add(new RefusedValues.Refusal(index, new RuleViolation(null, "api.error.emptyItem")));
                continue;
            }
            if (value.source() != null && value.source().length() > MAX_SOURCE) {
                tooLong.add(new RefusedValues.Refusal(index, new RuleViolation("source", "api.error.tooLong", MAX_SOURCE)));
            }
            if (value.comment() != null && value.comment().length() > MAX_COMMENT) {
                tooLong.add(new RefusedValues.Refusal(index,
                        new RuleViolation("comment", "api.error.tooLong", MAX_COMMENT)));
            }
            inputs.add(new MeasurementInput(value.kpi(), value.year(), value.region(), value.value(),
                    source(value.source(), client), value.comment()));
        }
        if (!tooLong.isEmpty()) {
            throw new RefusedValues(tooLong);
        }
        List<Long> ids = measurements.submitBatch(inputs);
        return new ApiJson.Submitted(ids.size(), MeasurementStatus.SUBMITTED.name(), ids);
    }

    /** The source the figure comes from, with the token that brought it: whoever approves sees both. */
    private static String source(String given, ApiClient client) {
        String token = "API token " + client.tokenName();
        return given == null || given.isBlank() ? token : given.strip() + " (" + token + ")";
    }

    private static MeasurementStatus status(String value) {
        try {
            return MeasurementStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    "Unknown status " + value + "; use one of " + List.of(MeasurementStatus.values()) + ".");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
