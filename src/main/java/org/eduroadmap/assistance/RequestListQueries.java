package org.eduroadmap.assistance;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * The request list's id query and the pipeline's counts, written from only the conditions that apply: a
 * condition that is always true for the caller still costs H2 its choice of index.
 */
interface RequestListQueries {

    /**
     * A page of the ids of the requests that pass the filter, read from the request table alone: joined to the
     * names, the database sorts every request before it can cut the page (measured: 1.5 s at 50,000 requests).
     * Criteria left open are left out of the query, not sent as "any of every value": H2 would then pick an
     * index for the list of values and read all 50,000 requests instead of the first page by date.
     *
     * @param statuses the statuses let through, or {@code null} for any
     * @param text     a LIKE pattern over title and description, or {@code null}
     */
    Slice<Long> findListIds(Set<RequestStatus> statuses, RequestCategory category, RequestPriority priority,
                            Long addressedId, Long requestingId, Long advisorId, String text, RequestViewer viewer,
                            Pageable pageable);

    /** How many requests the viewer sees in each status: the dashboard's pipeline. */
    List<StatusCount> countByStatus(RequestViewer viewer);
}
