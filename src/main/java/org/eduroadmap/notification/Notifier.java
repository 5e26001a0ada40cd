package org.eduroadmap.notification;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.security.AppUserRepository;

/**
 * Leaves a notice for a user. Schedulers call it without a signed-in user, so it carries no
 * method security; it is not reachable from the UI.
 */
@Component
public class Notifier {

    private final NotificationRepository notifications;
    private final AppUserRepository users;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Notifier(NotificationRepository notifications, AppUserRepository users, PlatformTransactionManager transactionManager,
             Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.notifications = notifications;
        this.users = users;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Adds the notice unless the recipient already has one with this dedupe key, so callers may
     * repeat themselves freely.
     *
     * <p>Called outside a transaction (a scheduler), it writes in its own and a concurrent run that
     * inserted the same key first simply wins: the unique constraint refuses the second insert and
     * nothing is written twice. Called inside a caller's transaction, the notice commits or rolls back
     * with the caller's change; a lost race then fails that transaction rather than duplicating.
     *
     * @return whether a notice was added
     */
    public boolean notify(long recipientUserId, NotificationKind kind, LocalizedText subject, String link,
                          String dedupeKey) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return addUnlessPresent(recipientUserId, kind, subject, link, dedupeKey);
        }
        try {
            return Boolean.TRUE.equals(
                    transactions.execute(status -> addUnlessPresent(recipientUserId, kind, subject, link, dedupeKey)));
        } catch (DataIntegrityViolationException alreadyAddedConcurrently) {
            return false;
        }
    }

    private boolean addUnlessPresent(long recipientUserId, NotificationKind kind, LocalizedText subject, String link,
                                     String dedupeKey) {
        if (notifications.existsByRecipientIdAndDedupeKey(recipientUserId, dedupeKey)) {
            return false;
        }
        notifications.saveAndFlush(new Notification(users.getReferenceById(recipientUserId), kind, subject, link,
                dedupeKey, clock.instant()));
        // Heard only once the notice is committed (see NotificationMailer): nothing is sent for a rolled-back change.
        events.publishEvent(new NotificationAdded(recipientUserId, subject, link));
        return true;
    }
}
