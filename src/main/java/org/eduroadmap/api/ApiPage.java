package org.eduroadmap.api;

import java.util.List;

/**
 * A page of a list.
 *
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many items the whole list holds
 */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 500;

    /** The page of an in-memory list. */
    static <T> ApiPage<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new ApiPage<>(all.subList(from, to), page, size, all.size());
    }
}
