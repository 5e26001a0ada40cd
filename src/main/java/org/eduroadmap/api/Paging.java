package org.eduroadmap.api;

import org.springframework.http.HttpStatus;

/** The limits every paged list of the API shares. */
final class Paging {

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "page starts at 0.");
        }
        if (size < 1 || size > ApiPage.MAX_SIZE) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "size must be between 1 and " + ApiPage.MAX_SIZE + ".");
        }
    }
}
