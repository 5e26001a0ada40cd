package org.eduroadmap.assistance;

/**
 * What the list of requests is narrowed to; null or false means "any". "Waiting for me" keeps the requests
 * on which the user's role and organisation have a step to take (withdrawing aside).
 */
public record RequestFilter(RequestStatus status, RequestCategory category, RequestPriority priority,
                            Long addressedOrganisationId, boolean assignedToMe, boolean waitingForMe, String text) {

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, false, false, null);
    }
}
