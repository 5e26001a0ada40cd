package org.eduroadmap.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Benchmark 7: the application as it is shipped, started as a process of its own: the jar that the package
 * phase built (a production jar only when built with -Pproduction), or else the test class path. Measures
 * the cold start to ready, the jar's size, and what a browser downloads for the dashboard on a first visit
 * with an empty cache and on a second visit, as Chromium's network layer counts it.
 */
class StartupBench {

    static final String START = "7 Start, jar and page weight";
    private static final int STARTS = 3;
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

    private static Path jar;
    private static String kind;
    private final List<Process> processes = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();

    @BeforeAll
    static void findTheApplication() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.toString().endsWith(".jar") && !f.toString().endsWith("-plain.jar")
                    && !f.toString().endsWith("-sources.jar")).findFirst().orElse(null);
        }
        if (jar == null) {
            kind = "test class path (no jar in target/: run with verify)";
            return;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            boolean devTools = zip.stream().anyMatch(entry -> entry.getName().matches("BOOT-INF/lib/vaadin-dev-.*\\.jar"));
            var buildInfo = zip.stream().filter(entry -> entry.getName().endsWith("META-INF/VAADIN/config/flow-build-info.json"))
                    .findFirst().orElse(null);
            boolean production = !devTools && buildInfo != null
                    && new String(zip.getInputStream(buildInfo).readAllBytes()).matches("(?s).*\"productionMode\"\\s*:\\s*true.*");
            kind = production ? "production jar (-Pproduction)" : "development jar (built without -Pproduction)";
        }
    }

    @AfterEach
    void stop() {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        for (Path directory : directories) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        directories.clear();
    }

    @Test
    void coldStartToReadyAndJarSize() throws Exception {
        double[] ready = new double[STARTS];
        double[] reported = new double[STARTS];
        for (int i = 0; i < STARTS; i++) {
            Started started = start();
            ready[i] = started.readyMs();
            reported[i] = started.reportedSeconds();
            stop();
        }
        Arrays.sort(ready);
        Arrays.sort(reported);
        String how = kind + ", java -Xmx512m, demo profile, a fresh H2 file database in a new temporary directory "
                + "each time (so migrations and demo data run), median of " + STARTS;
        BenchResults.record(START, "H2", "", "cold start to ready (median)", ready[STARTS / 2] / 1000, "s",
                "from starting the process to /manage/health/readiness answering 200 (polled every 100 ms); " + how
                        + "; all: " + Arrays.toString(Arrays.stream(ready).map(ms -> Math.round(ms / 100) / 10.0).toArray()));
        if (reported[STARTS / 2] > 0) {
            BenchResults.record(START, "H2", "", "\"Started ... in\" reported by Spring (median)", reported[STARTS / 2],
                    "s", "the figure of the application's own start-up log line; " + how);
        }
        if (jar != null) {
            BenchResults.record(START, "", "", "jar size", Files.size(jar) / (1024.0 * 1024.0), "MB",
                    jar.getFileName() + ", " + kind);
        }
    }

    @Test
    void pageWeightOfTheDashboard() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if (Boolean.getBoolean("browser.required")) {
                throw new IllegalStateException("Chromium not found at " + CHROMIUM + " but browser.required=true");
            }
            Assumptions.abort("no Chromium at " + CHROMIUM);
        }
        Started app = start();
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new LaunchOptions().setExecutablePath(CHROMIUM)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync")))) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                    .setLocale("en-GB"));
            Page page = context.newPage();
            String base = "http://localhost:" + app.port();
            page.navigate(base + "/login");
            page.locator("input[name='username']").fill("minister");
            page.locator("input[name='password']").fill("demo");
            page.locator("vaadin-login-form vaadin-button").first().click();
            assertThat(page.locator("h1.view-title")).hasText("Dashboard");

            CDPSession cdp = context.newCDPSession(page);
            Traffic traffic = new Traffic(cdp);
            cdp.send("Network.enable");
            cdp.send("Network.clearBrowserCache");
            traffic.reset();
            visit(page, base);
            Traffic.Totals first = traffic.totals();
            traffic.reset();
            visit(page, base);
            Traffic.Totals second = traffic.totals();

            String how = " for the dashboard (/) as the minister, already signed in (the sign-in page is not counted), "
                    + "full page load, until the network is idle; Chromium DevTools Network events: encodedDataLength of "
                    + "each finished request (headers and body as transferred); " + kind;
            BenchResults.record(START, "H2", "", "dashboard first visit: transferred", first.transferred() / 1024.0,
                    "KB", "browser cache emptied (Network.clearBrowserCache)" + how + "; uncompressed "
                            + Math.round(first.decoded() / 1024.0) + " KB");
            BenchResults.record(START, "H2", "", "dashboard first visit: requests", first.requests(), "requests",
                    "requests that reached the network" + how);
            BenchResults.record(START, "H2", "", "dashboard second visit: transferred", second.transferred() / 1024.0,
                    "KB", "same browser context, navigated to / again" + how + "; uncompressed (network only) "
                            + Math.round(second.decoded() / 1024.0) + " KB");
            BenchResults.record(START, "H2", "", "dashboard second visit: requests", second.requests(), "requests",
                    "requests that reached the network, not answered from the browser cache" + how
                            + "; answered from cache: " + second.fromCache());
            BenchResults.attach("page-weight.md", "# Dashboard page weight (" + kind + ")\n\n## First visit, empty cache\n\n"
                    + first.table() + "\n## Second visit\n\n" + second.table());
        }
    }

    private static void visit(Page page, String base) {
        page.navigate(base + "/");
        assertThat(page.locator("h1.view-title")).hasText("Dashboard");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.waitForTimeout(1000);
    }

    /** What went over the network while it listened, per request, from Chromium's DevTools protocol. */
    private static final class Traffic {

        /** One request: its response's headers and its sizes. */
        private static final class Entry {
            String url;
            String type = "";
            String encoding = "";
            String cacheControl = "";
            int status;
            boolean fromCache;
            double transferred;
            double decoded;
        }

        record Totals(double transferred, double decoded, long requests, long fromCache, String table) {
        }

        private final Map<String, Entry> entries = new LinkedHashMap<>();

        Traffic(CDPSession cdp) {
            cdp.on("Network.requestWillBeSent", event -> entry(event).url = event.getAsJsonObject("request")
                    .get("url").getAsString());
            cdp.on("Network.requestServedFromCache", event -> entry(event).fromCache = true);
            cdp.on("Network.responseReceived", event -> {
                Entry entry = entry(event);
                JsonObject response = event.getAsJsonObject("response");
                entry.status = response.get("status").getAsInt();
                entry.type = event.get("type").getAsString();
                entry.fromCache |= response.has("fromDiskCache") && response.get("fromDiskCache").getAsBoolean();
                JsonObject headers = response.getAsJsonObject("headers");
                headers.keySet().forEach(name -> {
                    if (name.equalsIgnoreCase("content-encoding")) {
                        entry.encoding = headers.get(name).getAsString();
                    } else if (name.equalsIgnoreCase("cache-control")) {
                        entry.cacheControl = headers.get(name).getAsString();
                    }
                });
            });
            cdp.on("Network.dataReceived", event -> entry(event).decoded += event.get("dataLength").getAsDouble());
            cdp.on("Network.loadingFinished", event -> entry(event).transferred
                    = event.get("encodedDataLength").getAsDouble());
        }

        private Entry entry(JsonObject event) {
            return entries.computeIfAbsent(event.get("requestId").getAsString(), id -> new Entry());
        }

        void reset() {
            entries.clear();
        }

        Totals totals() {
            List<Entry> all = new ArrayList<>(entries.values());
            all.removeIf(entry -> entry.url == null || entry.url.startsWith("data:"));
            StringBuilder table = new StringBuilder("| bytes transferred | uncompressed | status | type | "
                    + "content-encoding | cache-control | from cache | url |\n| ---: | ---: | --- | --- | --- | --- | --- | --- |\n");
            all.stream().sorted(Comparator.comparingDouble((Entry entry) -> entry.transferred).reversed())
                    .forEach(entry -> table.append(String.format(Locale.ROOT, "| %.0f | %.0f | %d | %s | %s | %s | %s | %s |%n",
                            entry.transferred, entry.decoded, entry.status, entry.type, entry.encoding,
                            entry.cacheControl.replace("|", "\\|"), entry.fromCache, entry.url.replaceAll("\\?.*", "?…"))));
            return new Totals(all.stream().mapToDouble(entry -> entry.transferred).sum(),
                    all.stream().filter(entry -> !entry.fromCache).mapToDouble(entry -> entry.decoded).sum(),
                    all.stream().filter(entry -> !entry.fromCache).count(),
                    all.stream().filter(entry -> entry.fromCache).count(), table.toString());
        }
    }

    /** A started application: its port, when it answered ready, and the start-up time it reported itself. */
    private record Started(int port, double readyMs, double reportedSeconds) {
    }

    /** Starts the application on a fresh H2 file database and waits until it says it is ready. */
    private Started start() throws Exception {
        Path work = Files.createTempDirectory("eduroadmap-start");
        directories.add(work);
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
        if (jar != null) {
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.eduroadmap.Application"));
        }
        command.addAll(List.of("--server.port=" + port, "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("eduroadmap"),
                "--eduroadmap.overdue-notices.cron=-", "--eduroadmap.assistance.sla-notices.cron=-"));
        Path log = work.resolve("application.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("EDUROADMAP_DATA_DIR", work.toString());
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/manage/health/readiness")).timeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        Process process = builder.start();
        processes.add(process);
        long deadline = start + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + tail(log));
            }
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    double readyMs = (System.nanoTime() - start) / 1e6;
                    Matcher started = STARTED.matcher(Files.readString(log));
                    return new Started(port, readyMs, started.find() ? Double.parseDouble(started.group(1)) : 0);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The application was not ready after 5 minutes:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
