package org.eduroadmap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;

import org.eduroadmap.kpi.KpiCommentService;

/**
 * PostgreSQL stopped under the running application: pages say "temporarily unavailable", a save fails
 * whole and writes nothing, and once the server is back the same application serves again without a
 * restart. Runs in the PostgreSQL pass of the suite (as root, like CI), where it stops and starts the
 * local cluster itself.
 */
@SpringBootTest
@ViewPackages(packages = "org.eduroadmap")
class DatabaseOutageIT extends SpringBrowserlessTest {

    @Autowired
    KpiCommentService comments;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void onlyOnALocalPostgres() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql://localhost"),
                "the outage test runs in the PostgreSQL pass (.ci/postgres-test)");
    }

    private static void cluster(String action) throws IOException, InterruptedException {
        // pg_ctlcluster waits until the server has stopped, or accepts connections again.
        Process process = new ProcessBuilder("sh", "-c", "pg_ctlcluster $(ls /usr/lib/postgresql | sort -n | tail -1)"
                + " main " + action + ("stop".equals(action) ? " -m fast" : ""))
                .inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pg_ctlcluster %s finished", action).isTrue();
        assertThat(process.exitValue()).as("pg_ctlcluster %s", action).isZero();
    }

    private long commentCount() {
        return jdbc.queryForObject("select count(*) from kpi_comment", Long.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void theAppSaysUnavailableWritesNothingAndRecoversWithoutARestart() throws Exception {
        long before = commentCount();
        cluster("stop");
        try {
            navigate("kpis", Component.class);
            assertThat($(H1.class).all()).extracting(H1::getText).contains("Temporarily unavailable");

            assertThatThrownBy(() -> comments.comment("SDG-4.4.1", "Written while the database was down"))
                    .satisfies(error -> assertThat(Failure.of(error)).isEqualTo(Failure.DATABASE_UNAVAILABLE));
        } finally {
            cluster("start");
        }

        navigate("kpis", Component.class);
        assertThat($(H1.class).all()).extracting(H1::getText).doesNotContain("Temporarily unavailable");
        assertThat(commentCount()).isEqualTo(before);
        assertThat(jdbc.queryForList("select body from kpi_comment", String.class))
                .doesNotContain("Written while the database was down");
        List<String> codes = jdbc.queryForList("select code from kpi", String.class);
        assertThat(codes).contains("SDG-4.4.1");
    }
}
