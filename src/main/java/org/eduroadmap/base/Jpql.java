package org.eduroadmap.base;

import java.util.Map;

/** Helpers for JPQL built per call from the criteria that are set, every value as a parameter. */
public final class Jpql {

    private Jpql() {
    }

    /** Appends the clause and its parameter when the value is set; leaves both out when it is null. */
    public static void condition(StringBuilder jpql, Map<String, Object> parameters, String clause, String name,
                                 Object value) {
        if (value != null) {
            jpql.append(clause);
            parameters.put(name, value);
        }
    }
}
