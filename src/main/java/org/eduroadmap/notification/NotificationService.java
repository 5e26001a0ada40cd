package org.eduroadmap.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.security.UserProfile;
import org.eduroadmap.security.UserService;

/** The signed-in user's own notices: nobody reads or marks anyone else's. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    static final int MAX_LIMIT = 100;

    private final NotificationRepository notifications;
    private final UserService users;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, UserService users, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(currentUserId());
    }

    /** The newest first. */
    public List<NotificationRow> recent(int limit) {
        int size = Math.clamp(limit, 1, MAX_LIMIT);
        return notifications.findRecent(currentUserId(), PageRequest.of(0, size));
    }

    /** Another user's notice is treated as missing: nothing changes and nothing tells it exists. */
    @Transactional
    public void markRead(long id) {
        notifications.findByIdAndRecipientId(id, currentUserId())
                .ifPresent(notification -> notification.markRead(clock.instant()));
    }

    @Transactional
    public void markAllRead() {
        notifications.markAllRead(currentUserId(), clock.instant());
    }

    private long currentUserId() {
        return users.currentUser().map(UserProfile::id)
                .orElseThrow(() -> new IllegalStateException("Signed-in user not found"));
    }
}
