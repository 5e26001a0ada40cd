package org.eduroadmap.base;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the application's records: a number in the database ({@code data_version}) that every
 * transaction that changed a record moves on as its last statement, on whichever node, so it commits with the
 * change or not at all. A figure computed from the records and kept ({@link #kept}) is served again only while
 * the number has not moved, so a kept figure is never older than the last change committed before it was asked
 * for.
 * <p>
 * Changes made through the ORM are noticed by {@link ChangeInterceptor}, which also has the number moved on just
 * before each commit; code that writes with plain JDBC calls {@link #changing()} itself. Inside a transaction
 * that has changed records, kept figures are not used: it sees its own changes before anyone else does.
 * <p>
 * Figures kept per record (each KPI judged) learn which records changed from {@link ChangeFollower}s, which the
 * moving transaction tells what it changed; a follower may also move on the version of a part of the records
 * (the Roadmap's), so that figures computed from that part alone outlive changes elsewhere.
 */
@Component
public class DataVersion {

    /**
     * How long a kept figure lives at most: a bound for the unforeseen (a change written outside the application,
     * or a version that could not move on; Hibernate logs an error from its commit hook and commits).
     */
    public static final Duration LONGEST_KEPT = Duration.ofMinutes(10);

    /** The version every change moves on; a part of the records may have a row of its own beside it. */
    public static final int EVERY_RECORD = 1;

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final ObjectProvider<ChangeFollower> followers;
    private volatile List<ChangeFollower> followerList;

    DataVersion(JdbcTemplate jdbc, EntityManager entityManager, ObjectProvider<ChangeFollower> followers) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.followers = followers;
    }

    /** A bounded store for figures keyed by what they were computed from, the version included. */
    public static <K, V> Cache<K, V> cache() {
        return Caffeine.newBuilder().maximumSize(200).expireAfterWrite(LONGEST_KEPT).build();
    }

    /**
     * The figure for a key made with the current version: the kept one, or computed now and kept. Computed
     * without keeping it inside a transaction that changed records, and outside any transaction.
     */
    public <K, V> V kept(Cache<K, V> cache, Function<Long, K> keyAtVersion, Supplier<V> compute) {
        return kept(EVERY_RECORD, cache, keyAtVersion, compute);
    }

    /** The same for a figure computed from a part of the records only, at the version of that part. */
    public <K, V> V kept(int part, Cache<K, V> cache, Function<Long, K> keyAtVersion, Supplier<V> compute) {
        OptionalLong version = readable(part);
        if (version.isEmpty()) {
            return compute.get();
        }
        return cache.get(keyAtVersion.apply(version.getAsLong()), key -> compute.get());
    }

    /**
     * The version this transaction reads the records at, read once per transaction; empty where kept figures may
     * not be used: outside a transaction, and in one that changed records.
     */
    public OptionalLong readable() {
        return readable(EVERY_RECORD);
    }

    /** The same for a part of the records with a version of its own; the versions of all parts are read at once. */
    public OptionalLong readable(int part) {
        Transaction transaction = transaction(true);
        if (transaction == null || transaction.changing) {
            return OptionalLong.empty();
        }
        if (transaction.versions == null) {
            // Through the ORM, in the transaction: counted and logged with the statements of the screen that asks.
            Map<Integer, Long> versions = new HashMap<>();
            for (Object row : entityManager.createNativeQuery("select id, stamp from data_version").getResultList()) {
                Object[] columns = (Object[]) row;
                versions.put(((Number) columns[0]).intValue(), ((Number) columns[1]).longValue());
            }
            transaction.versions = versions;
        }
        Long version = transaction.versions.get(part);
        if (version == null) {
            throw new IllegalArgumentException("No data version for part " + part);
        }
        return OptionalLong.of(version);
    }

    /**
     * Moves the version of a part of the records on: called by a {@link ChangeFollower} for a transaction that
     * changed records of the part, after the version of every record moved on, so rows are always locked in the
     * same order and the part's versions follow commits too.
     */
    public void moveOn(int part) {
        jdbc.update("update data_version set stamp = stamp + 1 where id = ?", part);
    }

    /** The current transaction changes records: the version moves on when it commits (at once outside one). */
    public void changing() {
        Transaction transaction = transaction(true);
        if (transaction == null) {
            moveOn();
        } else {
            transaction.changing = true;
        }
    }

    /** The same for a record the ORM writes, which the {@link ChangeFollower}s note and are told of before commit. */
    void changing(Object record) {
        changing();
        Transaction transaction = transaction(false);
        if (transaction == null) {
            return;
        }
        for (ChangeFollower follower : followers()) {
            Object noted = follower.noted(record);
            if (noted != null) {
                transaction.noted.computeIfAbsent(follower, any -> new HashSet<>()).add(noted);
            }
        }
    }

    private List<ChangeFollower> followers() {
        List<ChangeFollower> known = followerList;
        if (known == null) {
            known = followers.orderedStream().toList();
            followerList = known;
        }
        return known;
    }

    /** Called just before the current transaction commits, after the ORM's last writes. */
    void beforeCommit() {
        Transaction transaction = transaction(false);
        if (transaction != null && transaction.changing && !transaction.movedOn) {
            transaction.movedOn = true;
            moveOn();
            transaction.noted.forEach(ChangeFollower::changed);
        }
    }

    /** In the current transaction, if any: the row stays locked until it ends, so versions follow commits. */
    private void moveOn() {
        moveOn(EVERY_RECORD);
    }

    /**
     * This transaction's state, kept with its synchronizations (a separate inner transaction has its own), made
     * when asked to; null outside a transaction.
     */
    private static Transaction transaction(boolean make) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Transaction transaction) {
                return transaction;
            }
        }
        if (!make) {
            return null;
        }
        Transaction transaction = new Transaction();
        TransactionSynchronizationManager.registerSynchronization(transaction);
        return transaction;
    }

    private static final class Transaction implements TransactionSynchronization {

        private boolean changing;
        private boolean movedOn;
        private Map<Integer, Long> versions;
        private final Map<ChangeFollower, Set<Object>> noted = new LinkedHashMap<>();
    }
}
