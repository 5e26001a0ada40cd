package org.eduroadmap.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a token allows. Scopes are independent: a token that writes measurements does not read
 * unless it also carries {@link #READ}.
 */
public enum ApiScope {
    /** Read KPIs, measurements, roadmap activities and request summaries. */
    READ("read"),
    /** Send measurements, which then wait for approval. */
    MEASUREMENTS_WRITE("measurements:write");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** The scope as tokens, documentation and the API speak of it. */
    public String value() {
        return value;
    }

    /** The authority a caller holding this scope has, which service rules check. */
    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}
