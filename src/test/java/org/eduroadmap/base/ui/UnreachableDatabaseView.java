package org.eduroadmap.base.ui;

import java.sql.SQLTransientConnectionException;

import jakarta.annotation.security.PermitAll;

import org.springframework.transaction.CannotCreateTransactionException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A page whose service cannot reach the database, as when the database server is down. */
@Route("test-unreachable-database")
@PermitAll
public class UnreachableDatabaseView extends Div {

    public UnreachableDatabaseView() {
        throw unreachable();
    }

    static CannotCreateTransactionException unreachable() {
        return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
    }
}
