package org.eduroadmap.api;

import org.springframework.http.HttpStatus;

/** A refusal the API gives with its own status and sentence. */
class ApiException extends RuntimeException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
