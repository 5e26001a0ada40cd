package org.eduroadmap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** A failure is recognised by any cause in its chain, however deeply the frameworks wrapped it. */
class FailureTest {

    @Test
    void databaseOutagesAreRecognisedUnderTheirWrappers() {
        assertThat(Failure.of(UnreachableDatabaseView.unreachable())).isEqualTo(Failure.DATABASE_UNAVAILABLE);
        assertThat(Failure.of(new RuntimeException(new SQLException("Connection refused", "08001"))))
                .isEqualTo(Failure.DATABASE_UNAVAILABLE);
        assertThat(Failure.of(new DataAccessResourceFailureException("down", new ConnectException())))
                .isEqualTo(Failure.DATABASE_UNAVAILABLE);
    }

    @Test
    void conflictsRefusalsAndFaultsAreToldApart() {
        assertThat(Failure.of(new IllegalStateException(new ObjectOptimisticLockingFailureException("Activity", 4L))))
                .isEqualTo(Failure.CONFLICT);
        assertThat(Failure.of(new AuthorizationDeniedException("Access Denied"))).isEqualTo(Failure.FORBIDDEN);
        assertThat(Failure.of(new SQLException("syntax error", "42601"))).isEqualTo(Failure.UNEXPECTED);
        assertThat(Failure.of(new NullPointerException())).isEqualTo(Failure.UNEXPECTED);
    }
}
