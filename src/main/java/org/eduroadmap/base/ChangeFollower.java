package org.eduroadmap.base;

import java.util.List;

/**
 * Figures kept per record follow which records each transaction changed, beside the {@link DataVersion}: the
 * version says that something changed, a follower writes down what, so that a node can bring its figures up to
 * date by reading again only what changed since the version it computed them at.
 */
public interface ChangeFollower {

    /**
     * Called in a transaction that changed records, after the data version moved on and before the commit, with
     * the version row still locked: what is written here under the new version commits with it, in the order of
     * the versions. JDBC only; the ORM has flushed.
     *
     * @param records the entities the ORM inserted, updated or deleted (the owner for a collection), each once
     */
    void changed(List<Object> records);
}
