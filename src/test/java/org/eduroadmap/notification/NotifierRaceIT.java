package org.eduroadmap.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduroadmap.Latches.await;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.eduroadmap.TestClock;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.security.AppUserRepository;

/**
 * Two runs that notify the same user about the same thing at the same moment leave one notice and
 * no error. Commits for real, so it runs on a database of its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:notifier-race;DB_CLOSE_DELAY=-1")
@Import(TestClock.class)
class NotifierRaceIT {

    private static final LocalizedText SUBJECT = LocalizedText.of("Raced", "Гонка", "Bäsleşik");

    @Autowired
    Notifier notifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AppUserRepository users;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theSecondOfTwoConcurrentRunsWritesNothingAndDoesNotFail() throws Exception {
        long manager = users.findByUsername("manager").orElseThrow().getId();
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        // Two threads of our own: the common pool may have only one on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);

        // The first run has inserted but not yet committed when the second checks, so the check
        // cannot see it: only the unique constraint stands between them.
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            boolean added = notifier.notify(manager, NotificationKind.ACTIVITY_OVERDUE, SUBJECT, null, "race");
            firstInserted.countDown();
            await(secondStarted);
            sleep(300);
            return added;
        }), threads);
        await(firstInserted);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            secondStarted.countDown();
            return notifier.notify(manager, NotificationKind.ACTIVITY_OVERDUE, SUBJECT, null, "race");
        }, threads);

        assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(20, TimeUnit.SECONDS)).isFalse();
        threads.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from notification where dedupe_key = 'race'", Long.class))
                .isEqualTo(1);
    }


    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
