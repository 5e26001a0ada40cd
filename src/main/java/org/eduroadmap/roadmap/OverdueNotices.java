package org.eduroadmap.roadmap;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.eduroadmap.notification.NotificationKind;
import org.eduroadmap.notification.Notifier;

/**
 * Tells the person responsible for an activity that its planned end has passed. Once per activity
 * and planned end: a rescheduled activity that slips again is news, the same slip is not.
 */
@Component
public class OverdueNotices {

    private static final Logger log = LoggerFactory.getLogger(OverdueNotices.class);

    private final ActivityRepository activities;
    private final Notifier notifier;
    private final Clock clock;

    OverdueNotices(ActivityRepository activities, Notifier notifier, Clock clock) {
        this.activities = activities;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Catches up on what became overdue while the application was down. */
    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        try {
            notifyOverdue();
        } catch (RuntimeException e) {
            // Notices are a convenience: the application serves users even if they cannot be written now.
            log.warn("Overdue activity notices could not be written at startup", e);
        }
    }

    @Scheduled(cron = "${eduroadmap.overdue-notices.cron:0 0 * * * *}")
    void hourly() {
        notifyOverdue();
    }

    /** @return how many notices were added */
    int notifyOverdue() {
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        for (OverdueActivity activity : activities.findOverdueWithResponsible(today)) {
            if (notifier.notify(activity.responsibleUserId(), NotificationKind.ACTIVITY_OVERDUE, activity.title(),
                    "roadmap?activity=" + activity.id(),
                    "activity-overdue:" + activity.id() + ":" + activity.plannedEnd())) {
                added++;
            }
        }
        if (added > 0) {
            log.info("{} overdue activity notice(s) added", added);
        }
        return added;
    }
}
