package org.eduroadmap.api;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.eduroadmap.roadmap.ActivityFilter;
import org.eduroadmap.roadmap.ActivityStatus;
import org.eduroadmap.roadmap.RoadmapService;

/** The cooperation roadmap's activities, in the order of the timeline. */
@RestController
@RequestMapping("/api/v1/activities")
class RoadmapApiController {

    private final RoadmapService roadmap;

    RoadmapApiController(RoadmapService roadmap) {
        this.roadmap = roadmap;
    }

    @GetMapping
    ApiPage<ApiJson.Activity> activities(@RequestParam(required = false) String status,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        ActivityFilter filter = new ActivityFilter(null, null, null, status == null ? null : status(status), null, null);
        // A roadmap holds a few hundred activities at most: one query, paged here, gives the total too.
        return ApiPage.of(roadmap.timeline(filter).stream().map(ApiJson.Activity::of).toList(), page, size);
    }

    private static ActivityStatus status(String value) {
        try {
            return ActivityStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    "Unknown status " + value + "; use one of " + List.of(ActivityStatus.values()) + ".");
        }
    }
}
