package org.eduroadmap.assistance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.Pages;

/** Reading technical-assistance requests: every signed-in role may see the list and the pipeline. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AssistanceService {

    private final AssistanceRequestRepository requests;

    AssistanceService(AssistanceRequestRepository requests) {
        this.requests = requests;
    }

    public Slice<RequestRow> requests(Pageable pageable) {
        return requests.findRows(Pages.sortedOr(pageable, Sort.by(Sort.Direction.DESC, "createdAt")));
    }

    /** The requests for assistance linked to a KPI. */
    public List<RequestRow> requestsForKpi(String kpiCode) {
        return requests.findForKpi(kpiCode);
    }

    /** How many requests stand in each status, every status present (zero when none). */
    public Map<RequestStatus, Long> pipeline() {
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            counts.put(status, 0L);
        }
        requests.countByStatus().forEach(count -> counts.put(count.status(), count.count()));
        return counts;
    }
}
