package org.eduroadmap.base;

import java.util.List;

import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;

/** Paging helpers shared by the services behind lazy grids. */
public final class Pages {

    private Pages() {
    }

    /** The page as asked, or sorted by {@code fallback} when the user chose no sort order. */
    public static Pageable sortedOr(Pageable pageable, Sort fallback) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), fallback);
    }

    /**
     * The slice for rows read with one more than the page holds (or all rows, unpaged): the extra row tells
     * that another page follows, without counting.
     */
    public static <T> Slice<T> slice(List<T> rows, Pageable pageable) {
        if (pageable.isUnpaged()) {
            return new SliceImpl<>(rows);
        }
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    /** Reads the page of a query built per call: one row more than the page holds, then its slice. */
    public static <T> Slice<T> slice(TypedQuery<T> query, Pageable pageable) {
        if (pageable.isPaged()) {
            query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize() + 1);
        }
        return slice(query.getResultList(), pageable);
    }
}
