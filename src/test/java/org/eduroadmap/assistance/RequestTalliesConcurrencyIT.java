package org.eduroadmap.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduroadmap.Latches.await;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two changes counting the first request of a place at the same moment: both commit and both count, neither
 * fails on the other's new row. On PostgreSQL the second finds no row to update (the first's is not committed)
 * and inserts its own, which waits for the first and then meets its key (without the savepoint it failed with a
 * duplicate key, tried); on H2 the second's update waits for the first's row instead.
 */
@SpringBootTest
class RequestTalliesConcurrencyIT {

    @Autowired
    RequestTallies tallies;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    /** A place no request of the demo is in: declined without ever having been sent. */
    private RequestTallies.Place place() {
        long office = jdbc.queryForObject("select min(id) from organisation where kind = 'UNESCO'", Long.class);
        return new RequestTallies.Place(office, RequestStatus.DECLINED, false);
    }

    private Long counted(RequestTallies.Place place) {
        return jdbc.query("select requests from request_tally where addressed_org_id = ? and status = ? and sent = ?",
                rows -> rows.next() ? rows.getLong(1) : null, place.officeId(), place.status().name(), place.sent());
    }

    @AfterEach
    void forget() {
        RequestTallies.Place place = place();
        jdbc.update("delete from request_tally where addressed_org_id = ? and status = ? and sent = ?",
                place.officeId(), place.status().name(), place.sent());
    }

    @Test
    void twoFirstCountsOfANewPlaceAtOnceBothCount() throws Exception {
        RequestTallies.Place place = place();
        assertThat(counted(place)).isNull();
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        // Two threads of their own: the common pool may have a single one on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            tallies.moved(null, place);
            firstInserted.countDown();
            await(firstMayCommit);
        }), threads);
        assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
        // The second finds no row to update and inserts one: it waits on the first's uncommitted row.
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(
                status -> tallies.moved(null, place)), threads);
        Thread.sleep(500);
        firstMayCommit.countDown();

        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        threads.shutdown();
        assertThat(counted(place)).isEqualTo(2);
    }
}
