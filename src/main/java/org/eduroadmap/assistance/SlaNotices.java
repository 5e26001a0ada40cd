package org.eduroadmap.assistance;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.notification.NotificationKind;
import org.eduroadmap.notification.Notifier;

/**
 * Warns UNESCO when a request's first response falls due within a day, and again when it is late: the
 * assigned advisor, or every advisor of the addressed office while nobody is assigned. Once each per
 * submission.
 */
@Component
class SlaNotices {

    private static final Logger log = LoggerFactory.getLogger(SlaNotices.class);

    private final AssistanceRequestRepository requests;
    private final Notifier notifier;
    private final Clock clock;
    private final RequestSla sla;

    SlaNotices(AssistanceRequestRepository requests, Notifier notifier, Clock clock,
               @Value("${eduroadmap.assistance.sla-working-days:5}") int slaWorkingDays) {
        this.requests = requests;
        this.notifier = notifier;
        this.clock = clock;
        this.sla = new RequestSla(slaWorkingDays, clock.getZone());
    }

    @Scheduled(cron = "${eduroadmap.assistance.sla-notices.cron:0 15 * * * *}")
    void hourly() {
        int added = notifyDueAndBreached();
        if (added > 0) {
            log.info("{} first-response notice(s) added", added);
        }
    }

    /** @return how many notices were added */
    @Transactional
    int notifyDueAndBreached() {
        int added = 0;
        for (AssistanceRequest request : requests.findAwaitingFirstResponse()) {
            RequestSla.Status status = sla.status(request.getSubmittedAt(), request.getFirstResponseAt(),
                    request.getSlaPausedSince(), request.getSlaPaused(), clock.instant());
            NotificationKind kind = status.state() == RequestSla.State.BREACHED ? NotificationKind.REQUEST_SLA_BREACHED
                    : status.dueWithinADay() ? NotificationKind.REQUEST_SLA_DUE : null;
            if (kind == null) {
                continue;
            }
            LocalizedText subject = LocalizedText.of(request.getNumber() + " · " + request.getTitle(),
                    request.getNumber() + " · " + request.getTitle(), request.getNumber() + " · " + request.getTitle());
            String key = kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + request.getNumber() + ":"
                    + request.getSubmittedAt().toEpochMilli();
            for (long recipient : recipients(request)) {
                if (notifier.notify(recipient, kind, subject, "assistance/" + request.getNumber(), key)) {
                    added++;
                }
            }
        }
        return added;
    }

    private List<Long> recipients(AssistanceRequest request) {
        return request.getAssignedAdvisor() != null ? List.of(request.getAssignedAdvisor().getId())
                : requests.findAdvisorIds(request.getAddressedOrganisation().getId());
    }
}
