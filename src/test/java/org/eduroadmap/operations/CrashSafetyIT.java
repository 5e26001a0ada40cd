package org.eduroadmap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.eduroadmap.AppProcess;

/**
 * What a power cut in the middle of a write leaves behind. The application runs as a separate process on a
 * database of its own (the suite's PostgreSQL in a schema of its own when the suite runs on PostgreSQL, else an
 * H2 file). A REST client sends one all-or-nothing batch of 1000 values; while the server is inserting them, with
 * its transaction open and rows already written but not committed, the process is killed with SIGKILL, so no
 * shutdown hook, no rollback and no connection close runs. The application then restarts on the same database.
 * This proves: the database comes back consistent by itself, the batch is either entirely there or not at all
 * (never a part), and the application serves again and accepts the same batch afterwards.
 */
class CrashSafetyIT {

    private static final String MARK = "crash-safety batch";
    private static final String SECRET = "edr_crash-safety-test-secret-0123456789";
    private static final List<String> REGIONS = List.of("TM-S", "ARK", "TM-A", "TM-B", "TM-D", "TM-L", "TM-M");
    private static final int BATCH = 1000;

    private final List<AppProcess> nodes = new ArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private Path work;
    private boolean postgres;

    @AfterEach
    void stop() throws InterruptedException {
        for (AppProcess node : nodes) {
            node.stop();
        }
    }

    @Test
    void aWriteCutOffByAKilledProcessLeavesAllOrNothingAndTheApplicationServesAgain() throws Exception {
        work = Files.createTempDirectory("eduroadmap-crash");
        String database = database();
        AppProcess first = start(database);
        addApiToken(database);
        String batch = batch(database);

        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(post(first, batch),
                HttpResponse.BodyHandlers.ofString());
        awaitWriteInFlight(database, first, answer);
        first.kill();
        boolean answeredBeforeTheKill = answer.isDone() && !answer.isCompletedExceptionally();

        AppProcess second = start(database);
        int stored = storedValues(database);
        assertThat(stored).as("values of the batch after the restart").isIn(0, BATCH);
        if (answeredBeforeTheKill) {
            assertThat(stored).as("the server had answered, so it had committed").isEqualTo(BATCH);
        }
        System.out.printf("NOTICE: crash safety: killed mid-write, %d of %d values stored after the restart%n",
                stored, BATCH);

        assertThat(client.send(HttpRequest.newBuilder(URI.create(second.url("/login"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("the login page after the restart").isEqualTo(200);
        HttpResponse<String> again = client.send(post(second, batch), HttpResponse.BodyHandlers.ofString());
        if (stored == 0) {
            assertThat(again.statusCode()).as("the same batch after the restart: %s", again.body()).isEqualTo(201);
            assertThat(storedValues(database)).isEqualTo(BATCH);
        } else {
            assertThat(again.statusCode()).as("every value already exists").isEqualTo(400);
            assertThat(storedValues(database)).isEqualTo(BATCH);
        }
    }

    private AppProcess start(String database) throws Exception {
        List<String> arguments = new ArrayList<>();
        if (postgres) {
            // Lets the test tell the node's connections from any other in pg_stat_activity.
            arguments.add("--spring.datasource.hikari.data-source-properties.ApplicationName=eduroadmap-crash-safety");
        }
        AppProcess node = AppProcess.start(work.resolve("node.log"), database, arguments.toArray(String[]::new));
        nodes.add(node);
        return node;
    }

    private static HttpRequest post(AppProcess node, String batch) {
        return HttpRequest.newBuilder(URI.create(node.url("/api/v1/measurements")))
                .header("Authorization", "Bearer " + SECRET).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(batch)).build();
    }

    /** The suite's PostgreSQL in a fresh schema, or an H2 file that the node serves to this test too. */
    private String database() throws SQLException {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        postgres = url != null && url.startsWith("jdbc:postgresql:");
        if (!postgres) {
            return "jdbc:h2:file:" + work.resolve("eduroadmap") + ";AUTO_SERVER=TRUE";
        }
        try (Connection connection = DriverManager.getConnection(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv("SPRING_DATASOURCE_PASSWORD")); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists crash_safety cascade");
            statement.execute("create schema crash_safety");
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=crash_safety";
    }

    private Connection connect(String database) throws SQLException {
        return postgres
                ? DriverManager.getConnection(database, System.getenv("SPRING_DATASOURCE_USERNAME"),
                        System.getenv("SPRING_DATASOURCE_PASSWORD"))
                : DriverManager.getConnection(database, "sa", "");
    }

    /** A token with scope measurements:write, stored as the application stores one: only its SHA-256 hash. */
    private void addApiToken(String database) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(SECRET.getBytes(StandardCharsets.UTF_8)));
        try (Connection connection = connect(database); PreparedStatement insert = connection.prepareStatement(
                "insert into api_token (name, scopes, secret_hash, created_by, created_at) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, "Crash safety");
            insert.setString(2, "measurements:write");
            insert.setString(3, hash);
            insert.setString(4, "admin");
            insert.setObject(5, java.time.OffsetDateTime.now());
            insert.executeUpdate();
        }
    }

    /**
     * 1000 values the application accepts: KPIs, years and regions that have no value yet, national figures for
     * every KPI and regional ones for KPIs broken down by region.
     */
    private String batch(String database) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            Set<String> taken = new HashSet<>();
            try (ResultSet rows = statement.executeQuery("""
                    select k.code, m.period_year, r.code from kpi_measurement m join kpi k on k.id = m.kpi_id
                    left join region r on r.id = m.region_id""")) {
                while (rows.next()) {
                    taken.add(rows.getString(1) + "|" + rows.getInt(2) + "|" + rows.getString(3));
                }
            }
            List<String[]> kpis = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select k.code, exists (select 1 from kpi_dimension d where d.kpi_id = k.id and d.dimension = 'REGION')
                    from kpi k order by k.code""")) {
                while (rows.next()) {
                    kpis.add(new String[] {rows.getString(1), String.valueOf(rows.getBoolean(2))});
                }
            }
            int lastYear = Year.now().getValue() - 1;
            for (int year = 2000; year <= lastYear && values.size() < BATCH; year++) {
                for (String[] kpi : kpis) {
                    List<String> regions = new ArrayList<>();
                    regions.add(null);
                    if (Boolean.parseBoolean(kpi[1])) {
                        regions.addAll(REGIONS);
                    }
                    for (String region : regions) {
                        if (values.size() < BATCH && !taken.contains(kpi[0] + "|" + year + "|" + region)) {
                            values.add("{\"kpi\":\"%s\",\"year\":%d,%s\"value\":1,\"source\":\"%s\"}".formatted(kpi[0],
                                    year, region == null ? "" : "\"region\":\"" + region + "\",", MARK));
                        }
                    }
                }
            }
        }
        assertThat(values).as("free places for the batch in the demo data").hasSize(BATCH);
        return "{\"measurements\":[" + String.join(",", values) + "]}";
    }

    /**
     * Waits until the node's transaction has written values of the batch without committing them: on H2 a
     * dirty read sees them, on PostgreSQL the node's connection holds a transaction id and last ran an insert
     * into the values' table. Fails if the server answers first.
     */
    private void awaitWriteInFlight(String database, AppProcess node, CompletableFuture<HttpResponse<String>> answer)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        try (Connection connection = connect(database)) {
            if (!postgres) {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            }
            String probe = postgres ? """
                    select count(*) from pg_stat_activity where application_name = 'eduroadmap-crash-safety'
                    and backend_xid is not null and query ilike 'insert into kpi_measurement%'"""
                    : "select case when count(*) >= 50 then 1 else 0 end from kpi_measurement where source like '"
                    + MARK + "%'";
            try (PreparedStatement statement = connection.prepareStatement(probe)) {
                while (Instant.now().isBefore(deadline)) {
                    assertThat(answer.isDone()).as("the server answered before the write was seen in flight: %s",
                            answer.isDone() ? answer.join().body() : "").isFalse();
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        if (result.getInt(1) > 0) {
                            return;
                        }
                    }
                    Thread.sleep(10);
                }
            }
        }
        throw new AssertionError("the batch was never seen in flight:\n" + node.tail());
    }

    private int storedValues(String database) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "select count(*) from kpi_measurement where source like '" + MARK + "%'")) {
            result.next();
            return result.getInt(1);
        }
    }
}
