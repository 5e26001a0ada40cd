package org.eduroadmap.audit;

/** What happened at the door. */
public enum SecurityEventKind {
    SIGN_IN_SUCCESS,
    SIGN_IN_FAILURE,
    /** A sign-in refused because the username had too many recent failures. */
    SIGN_IN_LOCKED,
    SIGN_OUT,
    ACCESS_DENIED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    /** A signed-in session ended by the application: its user was disabled or had their password reset. */
    SESSION_ENDED,
    /** A call to the REST API, by its token, with its method, address and answer. */
    API_CALL
}
