package org.eduroadmap.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
}
