package org.eduroadmap.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the application's records: a number in the database ({@code data_version}) that moves on
 * after every transaction that changed a record commits, on whichever node. A figure computed from the
 * records and kept ({@link #cache()}) is served again only while the number has not moved, so a kept figure
 * is never older than the last committed change that any node could see when it was asked for.
 * <p>
 * Changes made through the ORM are noticed by {@link ChangeInterceptor}; code that writes with plain JDBC
 * calls {@link #changing()} itself. Inside a transaction that has changed records, kept figures are not used:
 * it sees its own changes before anyone else does.
 */
@Component
public class DataVersion {

    private static final Logger log = LoggerFactory.getLogger(DataVersion.class);

    /**
     * How long a kept figure may live at most. The number moves on after the commit, on a connection of its
     * own; should a node stop between the two, other nodes could keep a figure that misses that change, until
     * the next change or this long.
     */
    private static final Duration LONGEST_KEPT = Duration.ofMinutes(10);

    private final DataSource dataSource;
    private final EntityManager entityManager;

    DataVersion(DataSource dataSource, EntityManager entityManager) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
    }

    /** A bounded, short-lived store for figures keyed by what they were computed from, the version included. */
    public static <K, V> Cache<K, V> cache() {
        return Caffeine.newBuilder().maximumSize(200).expireAfterWrite(LONGEST_KEPT).build();
    }

    /**
     * The figure for a key made with the current version: the kept one, or computed now and kept. Computed
     * without keeping it inside a transaction that changed records, and outside any transaction.
     */
    public <K, V> V kept(Cache<K, V> cache, Function<Long, K> keyAtVersion, Supplier<V> compute) {
        Transaction transaction = transaction();
        if (transaction == null || transaction.changing) {
            return compute.get();
        }
        if (transaction.version == null) {
            // Through the ORM, in the transaction: counted and logged with the statements of the screen that asks.
            transaction.version = ((Number) entityManager.createNativeQuery("select stamp from data_version where id = 1")
                    .getSingleResult()).longValue();
        }
        return cache.get(keyAtVersion.apply(transaction.version), key -> compute.get());
    }

    /** The current transaction changes records: the version moves on once it commits. */
    public void changing() {
        Transaction transaction = transaction();
        if (transaction == null) {
            moveOn();
        } else {
            transaction.changing = true;
        }
    }

    /**
     * This transaction's state, kept with its synchronizations (a separate inner transaction has its own), or
     * null outside a transaction.
     */
    private Transaction transaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Transaction transaction) {
                return transaction;
            }
        }
        Transaction transaction = new Transaction();
        TransactionSynchronizationManager.registerSynchronization(transaction);
        return transaction;
    }

    /** On a connection of its own, committed at once: the changed records are committed already. */
    private void moveOn() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate("update data_version set stamp = stamp + 1 where id = 1");
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not move the data version on; kept figures may lag for up to {}", LONGEST_KEPT, e);
        }
    }

    private final class Transaction implements TransactionSynchronization {

        private boolean changing;
        private Long version;

        @Override
        public void afterCommit() {
            if (changing) {
                moveOn();
            }
        }
    }
}
