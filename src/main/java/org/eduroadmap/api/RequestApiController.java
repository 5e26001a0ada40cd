package org.eduroadmap.api;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.eduroadmap.assistance.AssistanceService;

/**
 * Requests for technical assistance in summary, newest first. Only what the summary record holds
 * leaves: no comments, no internal notes, no attachments.
 */
@RestController
@RequestMapping("/api/v1/requests")
class RequestApiController {

    private final AssistanceService requests;

    RequestApiController(AssistanceService requests) {
        this.requests = requests;
    }

    @GetMapping
    ApiPage<ApiJson.Request> requests(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        long total = requests.pipeline().values().stream().mapToLong(Long::longValue).sum();
        return new ApiPage<>(requests.requests(PageRequest.of(page, size)).map(ApiJson.Request::of).getContent(),
                page, size, total);
    }
}
