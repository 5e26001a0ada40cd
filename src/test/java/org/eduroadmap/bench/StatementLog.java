package org.eduroadmap.bench;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Keeps the SQL Hibernate prepares, so a benchmark can show which statements a screen cost. */
public class StatementLog implements StatementInspector {

    private static final List<String> statements = new ArrayList<>();

    @Override
    public synchronized String inspect(String sql) {
        synchronized (statements) {
            statements.add(sql);
        }
        return sql;
    }

    static List<String> takeAll() {
        synchronized (statements) {
            List<String> taken = List.copyOf(statements);
            statements.clear();
            return taken;
        }
    }
}
