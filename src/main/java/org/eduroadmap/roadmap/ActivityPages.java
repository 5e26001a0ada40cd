package org.eduroadmap.roadmap;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** Pages of the Roadmap's activities for the lazy grid, each one statement. */
interface ActivityPages {

    /**
     * The activities that pass the filter, sorted by the grid's columns (planned start and end, progress,
     * status), then by id, a page at a time.
     */
    Slice<ActivityRow> findPage(ActivityFilter filter, Pageable pageable);
}
