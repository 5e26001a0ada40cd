package org.eduroadmap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.eduroadmap.bench.load.Journey;
import org.eduroadmap.bench.load.VaadinClient;

/**
 * Retained heap per signed-in user with the dashboard open: N users sign in over HTTP and open the
 * application (the dashboard is its first screen), then the heap is measured after garbage collection and
 * compared with the heap before they came, divided by N. The sessions stay open meanwhile: the clients hold
 * their cookies until after the measurement. Target: at most 300 KB per user (Vaadin's own guidance puts
 * typical applications between 50 KB and 1 MB).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HeapBench {

    private static final String BENCHMARK = "4 Retained heap per session";
    private static final int USERS = 50;
    private static final List<String> MINISTERS = List.of("minister", "aatayev", "mcharyyev");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (!BenchResults.database().equals("PostgreSQL")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:heapbench;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void retainedHeapPerSignedInUserWithTheDashboardOpen() throws Exception {
        String base = "http://localhost:" + port + "/";
        // Warm up: classes, caches and the bundles' first reads are paid before the baseline.
        open(base, 3).forEach(VaadinClient::close);
        long before = usedAfterGc();
        // The clients run in this JVM: they are closed and dropped before measuring, so only the server's side
        // is counted. The sessions and their UIs stay on the server (nobody signs out; they expire after 30
        // idle minutes, and a UI after three missed heartbeats, minutes later).
        List<VaadinClient> users = open(base, USERS);
        assertThat(users).hasSize(USERS);
        users.forEach(VaadinClient::close);
        users = null;
        long after = usedAfterGc();
        double perUserKb = (after - before) / 1024.0 / USERS;
        String db = BenchResults.database();
        BenchResults.atMost(BENCHMARK, db, "small", "heap per signed-in user, dashboard open", perUserKb, "KB", 300,
                USERS + " sessions (ministers) signed in over HTTP, each with a UI on the dashboard after the follow-up "
                        + "round trip a browser makes when the screen arrives; heap used after "
                        + "GC, minus the heap before they came, divided by " + USERS);
        BenchResults.record(BENCHMARK, db, "small", "heap used before / after", after / 1024.0 / 1024.0, "MB",
                String.format(java.util.Locale.ROOT, "%.1f MB before, %.1f MB after", before / 1024.0 / 1024.0,
                        after / 1024.0 / 1024.0));
        BenchResults.attach("heap-histogram-" + db + ".md", "# Heap with " + USERS + " users signed in\n\n```\n"
                + histogram() + "\n```\n");
    }

    /** The classes that hold the most heap, live objects only, from the JVM's own diagnostic command. */
    private static String histogram() throws Exception {
        Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[]{null}, new String[]{String[].class.getName()});
        return String.join("\n", text.toString().lines().limit(40).toList());
    }

    private static List<VaadinClient> open(String base, int count) {
        List<VaadinClient> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            VaadinClient client = new VaadinClient(base, (step, startedAt, nanos, ok) -> {
            });
            client.signIn(MINISTERS.get(i % MINISTERS.size()), "demo");
            client.openApp();
            // Checks that the dashboard shows its KPI cards, as a user would see them.
            new Journey(client, List.of(), "").step(0);
            // As a browser does at once, so the server's copy of the screen's answer is replaced (see settle).
            client.settle("settle");
            clients.add(client);
        }
        return clients;
    }

    /** Heap in use once a full collection has had nothing more to free. */
    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            memory.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
