package org.eduroadmap.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.security.AppUserRepository;

/**
 * Each user sees and marks only their own notices. Every test is rolled back, and starts from no
 * notices at all, so what startup jobs wrote does not count.
 */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class NotificationServiceIT {

    @Autowired
    NotificationService service;
    @Autowired
    Notifier notifier;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    AppUserRepository users;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    EntityManager entityManager;

    private long manager;
    private long advisor;

    @BeforeEach
    void startEmpty() {
        notifications.deleteAllInBatch();
        manager = users.findByUsername("manager").orElseThrow().getId();
        advisor = users.findByUsername("advisor").orElseThrow().getId();
    }

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    private <T> T as(String user, String role, java.util.function.Supplier<T> action) {
        return new RunAs(securityContext).as(user, role, action);
    }

    private void notice(long recipient, String title, String key) {
        notifier.notify(recipient, NotificationKind.ACTIVITY_OVERDUE, LocalizedText.of(title, title + " (ru)", null),
                "roadmap?activity=1", key);
    }

    private List<NotificationRow> recentOf(String user, String role) {
        entityManager.flush();
        entityManager.clear();
        return as(user, role, () -> service.recent(20));
    }

    @Test
    void aUserSeesOnlyTheirOwnNotices() {
        notice(manager, "First", "a");
        notice(manager, "Second", "b");
        notice(advisor, "Advisor's", "c");

        assertThat(recentOf("manager", "PROJECT_MANAGER")).extracting(row -> row.subject().en())
                .containsExactlyInAnyOrder("First", "Second");
        assertThat(recentOf("manager", "PROJECT_MANAGER")).first()
                .satisfies(row -> {
                    assertThat(row.kind()).isEqualTo(NotificationKind.ACTIVITY_OVERDUE);
                    assertThat(row.link()).isEqualTo("roadmap?activity=1");
                    assertThat(row.createdAt()).isEqualTo(TestClock.NOW);
                    assertThat(row.unread()).isTrue();
                });
        assertThat(recentOf("advisor", "UNESCO_ADVISOR")).extracting(row -> row.subject().en())
                .containsExactly("Advisor's");
        assertThat(as("manager", "PROJECT_MANAGER", service::unreadCount)).isEqualTo(2);
        assertThat(as("minister", "MINISTER", service::unreadCount)).isZero();
        assertThat(recentOf("minister", "MINISTER")).isEmpty();
    }

    @Test
    void theSameDedupeKeyNotifiesOnce() {
        assertThat(notifier.notify(manager, NotificationKind.ACTIVITY_OVERDUE, LocalizedText.of("A", "A", "A"),
                null, "same")).isTrue();
        assertThat(notifier.notify(manager, NotificationKind.ACTIVITY_OVERDUE, LocalizedText.of("B", "B", "B"),
                null, "same")).isFalse();
        assertThat(notifier.notify(advisor, NotificationKind.ACTIVITY_OVERDUE, LocalizedText.of("C", "C", "C"),
                null, "same")).as("the key is per recipient").isTrue();

        assertThat(recentOf("manager", "PROJECT_MANAGER")).extracting(row -> row.subject().en()).containsExactly("A");
    }

    @Test
    void markingReadLowersTheCountAndAnotherUsersNoticeIsLeftAlone() {
        notice(manager, "Mine", "a");
        notice(advisor, "Theirs", "b");
        long mine = recentOf("manager", "PROJECT_MANAGER").getFirst().id();
        long theirs = recentOf("advisor", "UNESCO_ADVISOR").getFirst().id();

        as("manager", "PROJECT_MANAGER", () -> {
            service.markRead(theirs);
            service.markRead(mine);
            service.markRead(Long.MAX_VALUE);
            return null;
        });

        assertThat(recentOf("manager", "PROJECT_MANAGER").getFirst())
                .satisfies(row -> assertThat(row.readAt()).isEqualTo(TestClock.NOW));
        assertThat(as("manager", "PROJECT_MANAGER", service::unreadCount)).isZero();
        assertThat(recentOf("advisor", "UNESCO_ADVISOR").getFirst().unread())
                .as("someone else's notice behaves like a missing one").isTrue();
        assertThat(as("advisor", "UNESCO_ADVISOR", service::unreadCount)).isEqualTo(1);
    }

    @Test
    void markAllReadTouchesOnlyTheUsersOwn() {
        notice(manager, "One", "a");
        notice(manager, "Two", "b");
        notice(advisor, "Theirs", "c");

        as("manager", "PROJECT_MANAGER", () -> {
            service.markAllRead();
            return null;
        });

        assertThat(recentOf("manager", "PROJECT_MANAGER")).allSatisfy(row -> assertThat(row.unread()).isFalse());
        assertThat(as("manager", "PROJECT_MANAGER", service::unreadCount)).isZero();
        assertThat(as("advisor", "UNESCO_ADVISOR", service::unreadCount)).isEqualTo(1);
    }

    @Test
    void recentIsLimitedAndNewestFirst() {
        for (int i = 0; i < 25; i++) {
            notice(manager, "Notice " + i, "key-" + i);
        }
        List<NotificationRow> rows = recentOf("manager", "PROJECT_MANAGER");
        assertThat(rows).hasSize(20);
        assertThat(rows.getFirst().subject().en()).as("same time: the later one first").isEqualTo("Notice 24");
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> service.unreadCount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
