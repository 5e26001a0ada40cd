package org.eduroadmap.meeting;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.Pages;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeetingService {

    private final MeetingRepository meetings;

    MeetingService(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    public Slice<MeetingRow> meetings(Pageable pageable) {
        return meetings.findRows(Pages.sortedOr(pageable, Sort.by(Sort.Direction.DESC, "heldOn")));
    }
}
