package org.eduroadmap.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

import org.eduroadmap.AppProcess;

/**
 * Two application nodes on one database behind nginx with the sticky-session configuration of
 * {@code deploy/nginx/eduroadmap.conf}: an edit through node A is seen through node B; when node A stops, a
 * user pinned to it lands on node B, signs in again and finds everything saved. Real processes on loopback
 * ports: each node is the application started from the test class path, nginx is Debian's. The database is
 * the suite's PostgreSQL (in a schema of its own) when the suite runs on PostgreSQL, otherwise an H2 file
 * shared by the two nodes.
 */
class TwoNodesIT {

    private static final Path NGINX = Path.of(System.getProperty("nginx.path", "/usr/sbin/nginx"));
    private static final String BASELINE = "Seen on both nodes";

    private static Path work;
    private static final List<Process> processes = new ArrayList<>();
    private static AppProcess nodeA;
    private static int proxyPort;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(NGINX)) {
            if (Boolean.getBoolean("nginx.required")) {
                throw new IllegalStateException("nginx not found at " + NGINX + " but nginx.required=true");
            }
            System.out.println("NOTICE: two-node test skipped: no nginx at " + NGINX
                    + " (install Debian's nginx-light, or set -Dnginx.path)");
            Assumptions.abort("no nginx");
        }
        browser = Browser.launchOrSkip();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        work = Files.createTempDirectory("eduroadmap-two-nodes");
        String database = database();
        proxyPort = freePort();
        // Node A creates the schema and the demo data; node B starts on the database A prepared.
        nodeA = node("a", database);
        AppProcess nodeB = node("b", database);
        nginx(nodeA.port(), nodeB.port());
    }

    @AfterAll
    static void stop() {
        processes.forEach(process -> process.descendants().forEach(ProcessHandle::destroy));
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (browser != null) {
            browser.close();
        }
    }

    /** The suite's PostgreSQL in a fresh schema, or an H2 file both nodes open through H2's automatic server. */
    private static String database() throws SQLException {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return "jdbc:h2:file:" + work.resolve("eduroadmap") + ";AUTO_SERVER=TRUE";
        }
        try (Connection connection = DriverManager.getConnection(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv("SPRING_DATASOURCE_PASSWORD")); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists two_nodes cascade");
            statement.execute("create schema two_nodes");
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=two_nodes";
    }

    private static AppProcess node(String name, String database) throws Exception {
        AppProcess node = AppProcess.start(work.resolve("node-" + name + ".log"), database);
        processes.add(node.process());
        return node;
    }

    private static void nginx(int portA, int portB) throws Exception {
        String site = Files.readString(Path.of("deploy/nginx/eduroadmap.conf"))
                .replace("127.0.0.1:8081", "127.0.0.1:" + portA).replace("127.0.0.1:8082", "127.0.0.1:" + portB)
                .replace("~:8081$", "~:" + portA + "$").replace("~:8082$", "~:" + portB + "$")
                .replace("listen 8080;", "listen 127.0.0.1:" + proxyPort + ";");
        Files.writeString(work.resolve("eduroadmap.conf"), site);
        Files.createDirectories(work.resolve("logs"));
        // nginx workers run as an unprivileged user when started as root: they buffer large responses here.
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String buffer : List.of("body", "proxy")) {
            Files.setPosixFilePermissions(Files.createDirectories(work.resolve(buffer)),
                    PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Files.writeString(work.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log;
                events { worker_connections 256; }
                http {
                    access_log %1$s/logs/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    include %1$s/eduroadmap.conf;
                }
                """.formatted(work));
        Process nginx = new ProcessBuilder(NGINX.toString(), "-p", work.toString(), "-e",
                work.resolve("logs/error.log").toString(), "-c", work.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
        processes.add(nginx);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest login = HttpRequest.newBuilder(URI.create(url("/login"))).build();
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                if (client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("nginx did not answer: " + Files.readString(work.resolve("nginx.out")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + proxyPort + path;
    }

    /** A browser pinned to a node, as nginx would pin it after its first answer from there. */
    private static BrowserContext pinnedTo(String node) {
        BrowserContext context = browser.newContext(1280, 900);
        context.addCookies(List.of(new Cookie("eduroadmap_node", node).setUrl(url("/"))));
        return context;
    }

    private static String pinnedNode(BrowserContext context) {
        return context.cookies(url("/")).stream().filter(cookie -> cookie.name.equals("eduroadmap_node"))
                .map(cookie -> cookie.value).findFirst().orElse("");
    }

    private static Page signIn(BrowserContext context, String user) {
        Page page = context.pages().isEmpty() ? context.newPage() : context.pages().getFirst();
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill("demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("h1.view-title")).hasText("Dashboard");
        return page;
    }

    private static Locator baselineChoice(Page page) {
        page.locator(".baseline-picker input").click();
        return page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(BASELINE));
    }

    @Test
    void anEditOnOneNodeIsSeenOnTheOtherAndSurvivesTheFirstNodeStopping() throws Exception {
        try (BrowserContext onA = pinnedTo("a"); BrowserContext onB = pinnedTo("b")) {
            Page manager = signIn(onA, "manager");
            Page minister = signIn(onB, "minister");
            org.assertj.core.api.Assertions.assertThat(pinnedNode(onA)).isEqualTo("a");
            org.assertj.core.api.Assertions.assertThat(pinnedNode(onB)).isEqualTo("b");

            manager.navigate(url("/roadmap"));
            manager.locator(".baseline-picker").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Save baseline")).click();
            Locator dialog = manager.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Name").fill(BASELINE);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save").setExact(true)).click();
            assertThat(dialog).hasCount(0);

            minister.navigate(url("/roadmap"));
            assertThat(baselineChoice(minister)).hasCount(1);

            nodeA.process().destroy();
            org.assertj.core.api.Assertions.assertThat(nodeA.process().waitFor(60, TimeUnit.SECONDS)).isTrue();

            // The manager's next page goes to node B, which has no session for them: they sign in again
            // and are taken back to the page they asked for, with everything saved.
            manager.navigate(url("/roadmap"));
            assertThat(manager.locator("input[name='username']")).isVisible();
            org.assertj.core.api.Assertions.assertThat(pinnedNode(onA)).isEqualTo("b");
            manager.locator("input[name='username']").fill("manager");
            manager.locator("input[name='password']").fill("demo");
            manager.locator("vaadin-login-form vaadin-button").first().click();
            assertThat(manager.locator("h1.view-title")).hasText("Roadmap");
            assertThat(baselineChoice(manager)).hasCount(1);
        }
    }
}
