package org.eduroadmap.api;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Every refusal the API gives, as JSON: the HTTP status and its reason, a sentence for people, and
 * for a refused batch one entry per value at fault. Never a stack trace.
 */
public record ApiError(int status, String error, String message, List<Item> errors) {

    /**
     * One thing wrong in the request.
     *
     * @param index the value's position in the batch (from 0), or null when the error is not about one value
     * @param field the field at fault, or null
     */
    public record Item(Integer index, String field, String message) {
    }

    public static ApiError of(HttpStatus status, String message) {
        return new ApiError(status.value(), status.getReasonPhrase(), message, List.of());
    }

    public static ApiError of(HttpStatus status, String message, List<Item> errors) {
        return new ApiError(status.value(), status.getReasonPhrase(), message, List.copyOf(errors));
    }
}
