package org.eduroadmap.base;

import java.util.Set;

/**
 * Figures kept per record follow which records each transaction changed, beside the {@link DataVersion}: the
 * version says that something changed, a follower writes down what, so that a node can bring its figures up to
 * date by reading again only what changed since the version it computed them at.
 */
public interface ChangeFollower {

    /**
     * What this follower needs to know of a record the ORM inserts, updates or deletes (the owner for a
     * collection), asked as it is written; null for a record it does not follow. A transaction keeps each distinct
     * answer once, so a small one (a KPI's id, not the value changed) keeps a long transaction's memory small.
     */
    Object noted(Object record);

    /**
     * Called in a transaction that changed records this follower noted, after the data version moved on and before
     * the commit, with the version row still locked: what is written here under the new version commits with it,
     * in the order of the versions. JDBC only; the ORM has flushed.
     */
    void changed(Set<Object> noted);
}
