package org.eduroadmap.roadmap;

import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** Pages of the Roadmap's activities for the lazy grid, each one statement. */
interface ActivityPages {

    /**
     * The activities that pass the filter, sorted by {@link #SORTABLE} properties of the activity (then by id),
     * a page at a time.
     */
    Slice<ActivityRow> findPage(ActivityFilter filter, Pageable pageable);

    /** The properties the grid sorts by, each backed by an index (V14), and the id that settles ties. */
    Set<String> SORTABLE = Set.of("plannedStart", "plannedEnd", "percentComplete", "status", "id");
}
