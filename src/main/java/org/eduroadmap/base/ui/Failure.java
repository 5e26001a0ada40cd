package org.eduroadmap.base.ui;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What went wrong, in the terms a user can act on, found anywhere in an exception's chain of causes. */
enum Failure {

    /** The database does not answer: nothing was done; trying again later will work. */
    DATABASE_UNAVAILABLE("failure.unavailable"),
    /** Someone else saved the same record meanwhile. */
    CONFLICT("failure.conflict"),
    /** The user may not do this. */
    FORBIDDEN("failure.forbidden"),
    /** A fault in the application: logged with an error number. */
    UNEXPECTED("failure.unexpected");

    final String messageKey;

    Failure(String messageKey) {
        this.messageKey = messageKey;
    }

    static Failure of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException) {
                return CONFLICT;
            }
            if (cause instanceof AccessDeniedException) {
                return FORBIDDEN;
            }
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return DATABASE_UNAVAILABLE;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return UNEXPECTED;
    }
}
