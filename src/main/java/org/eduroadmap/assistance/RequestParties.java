package org.eduroadmap.assistance;

/** Who is told about a new comment on a request: the person who raised it and the assigned advisor. */
record RequestParties(Long requestId, Long raisedById, Long assignedAdvisorId) {
}
