package org.eduroadmap.importing;

import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.SessionEventListener;

/** Counts what every Hibernate session sends to the database: single statements and JDBC batches. */
public class JdbcCounter implements SessionEventListener {

    static final AtomicLong statements = new AtomicLong();
    static final AtomicLong batches = new AtomicLong();

    static void reset() {
        statements.set(0);
        batches.set(0);
    }

    @Override
    public void jdbcExecuteStatementEnd() {
        statements.incrementAndGet();
    }

    @Override
    public void jdbcExecuteBatchEnd() {
        batches.incrementAndGet();
    }
}
