package org.eduroadmap.bench.load;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.management.OperatingSystemMXBean;

/**
 * A fixed number of virtual users, each in its own session, repeating the {@link Journey} with a think time
 * between steps for a bounded time. Users sign in spread over the ramp-up; round trips are measured only in
 * the window after the warm-up; errors are counted over the whole stage.
 */
public final class LoadStage {

    /**
     * How a stage runs.
     *
     * @param journeysPerUser after how many whole journeys a user stops early; 0 for as many as the time allows
     */
    public record Plan(int users, Duration rampUp, Duration warmUp, Duration measured, Duration thinkTime,
                       int journeysPerUser) {
    }

    /** What a stage measured. */
    public record Result(int users, Latencies all, Map<String, Latencies> bySteps, Latencies signIns, int errors,
                         int journeys, int comments, List<String> errorSamples, double seconds, double cpuMillis,
                         double loadAverage) {

        /**
         * CPU time this JVM (server and virtual users together) spent per measured round trip: a figure that
         * depends far less than the latencies on what else the machine runs at the same time.
         */
        public double cpuPerRoundTrip() {
            return all.count() == 0 ? 0 : cpuMillis / all.count();
        }

        public double p50() {
            return all.percentileMillis(50);
        }

        public double p95() {
            return all.percentileMillis(95);
        }

        public double p99() {
            return all.percentileMillis(99);
        }

        public double throughput() {
            return seconds == 0 ? 0 : all.count() / seconds;
        }

        public String summary() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "%3d users: %6d round trips (%.1f/s), p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms, "
                            + "%d errors, %d journeys, %d comments, sign-in p95 %.0f ms, "
                            + "JVM CPU %.0f ms per round trip, machine load %.1f%n",
                    users, all.count(), throughput(), p50(), p95(), p99(), all.maxMillis(), errors, journeys,
                    comments, signIns.percentileMillis(95), cpuPerRoundTrip(), loadAverage));
            bySteps.forEach((step, latencies) -> text.append(String.format(Locale.ROOT,
                    "      %-15s n=%5d p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%n", step, latencies.count(),
                    latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99))));
            errorSamples.forEach(sample -> text.append("      error: ").append(sample).append('\n'));
            return text.toString();
        }
    }

    /** A demo account a virtual user signs in with. */
    public record Account(String username, String password) {
    }

    private final String baseUrl;
    private final List<Account> accounts;
    private final List<String> requestNumbers;

    public LoadStage(String baseUrl, List<Account> accounts, List<String> requestNumbers) {
        this.baseUrl = baseUrl;
        this.accounts = accounts;
        this.requestNumbers = requestNumbers;
    }

    public Result run(Plan plan) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + plan.rampUp().plus(plan.warmUp()).toNanos();
        long end = measureFrom + plan.measured().toNanos();
        Latencies all = new Latencies();
        Map<String, Latencies> bySteps = new LinkedHashMap<>();
        Journey.STEPS.forEach(step -> bySteps.put(step, new Latencies()));
        Map<String, Latencies> other = new ConcurrentHashMap<>();
        Latencies signIns = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger journeys = new AtomicInteger();
        AtomicInteger comments = new AtomicInteger();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        RoundTrips recorder = (step, startedAt, nanos, ok) -> {
            if (step.equals("sign-in")) {
                signIns.add(nanos);
            } else if (startedAt >= measureFrom && startedAt < end) {
                all.add(nanos);
                bySteps.getOrDefault(step, other.computeIfAbsent(step, s -> new Latencies())).add(nanos);
            }
        };
        CpuWindow cpu = new CpuWindow(measureFrom, end);
        Thread cpuThread = Thread.ofVirtual().start(cpu);
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < plan.users(); i++) {
                int user = i;
                long startAt = start + plan.rampUp().toNanos() * i / plan.users();
                users.submit(() -> virtualUser(user, startAt, end, plan, recorder, errors, journeys,
                        comments, samples));
            }
            users.shutdown();
            if (!users.awaitTermination(plan.rampUp().plus(plan.warmUp()).plus(plan.measured()).toSeconds() + 90,
                    TimeUnit.SECONDS)) {
                users.shutdownNow();
                errors.incrementAndGet();
                samples.add("virtual users still busy long after the stage ended");
            }
        }
        cpuThread.interrupt();
        cpuThread.join();
        List<String> errorSamples = new ArrayList<>(samples).subList(0, Math.min(samples.size(), 5));
        return new Result(plan.users(), all, bySteps, signIns, errors.get(), journeys.get(), comments.get(),
                List.copyOf(errorSamples), cpu.seconds, cpu.millis, cpu.loadAverage);
    }

    /** The process CPU time and the machine's load average over the measured window, or its part that ran. */
    private static final class CpuWindow implements Runnable {

        private final long from;
        private final long to;
        private volatile double millis;
        private volatile double seconds;
        private volatile double loadAverage;

        CpuWindow(long from, long to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            try {
                sleepUntil(from);
            } catch (LoadFailure interrupted) {
                return; // the users were done before the window opened
            }
            long startCpu = os.getProcessCpuTime();
            long startTime = System.nanoTime();
            try {
                sleepUntil(to);
            } catch (LoadFailure interrupted) {
                // The users stopped early: the window ends now.
            }
            millis = (os.getProcessCpuTime() - startCpu) / 1e6;
            seconds = (System.nanoTime() - startTime) / 1e9;
            loadAverage = os.getSystemLoadAverage();
        }
    }

    private void virtualUser(int index, long startAt, long end, Plan plan, RoundTrips recorder,
                             AtomicInteger errors, AtomicInteger journeys, AtomicInteger comments,
                             ConcurrentLinkedQueue<String> samples) {
        Account account = accounts.get(index % accounts.size());
        Duration thinkTime = plan.thinkTime();
        int done = 0;
        try (VaadinClient client = new VaadinClient(baseUrl, recorder)) {
            sleepUntil(startAt);
            Journey journey = null;
            boolean signedIn = false;
            int step = 0;
            while (System.nanoTime() < end && (plan.journeysPerUser() == 0 || done < plan.journeysPerUser())) {
                try {
                    if (!signedIn) {
                        client.signIn(account.username(), account.password());
                        signedIn = true;
                    }
                    if (journey == null) {
                        client.openApp();
                        journey = new Journey(client, requestNumbers, account.username() + "-" + index);
                        step = 0;
                        think(thinkTime);
                    }
                    int before = journey.comments();
                    journey.step(step);
                    comments.addAndGet(journey.comments() - before);
                    step = (step + 1) % Journey.STEPS.size();
                    if (step == 0) {
                        journeys.incrementAndGet();
                        done++;
                    }
                } catch (LoadFailure failure) {
                    errors.incrementAndGet();
                    if (samples.size() < 20) {
                        samples.add(account.username() + " #" + index + ": " + failure.getMessage());
                    }
                    // Start afresh in a new UI, and a new session if the old one is gone.
                    journey = null;
                    signedIn = !failure.getMessage().startsWith("open app") && !failure.getMessage().startsWith("sign-in");
                }
                think(thinkTime);
            }
            if (signedIn) {
                try {
                    client.signOut();
                } catch (LoadFailure failure) {
                    errors.incrementAndGet();
                    samples.add(account.username() + " #" + index + ": " + failure.getMessage());
                }
            }
        } catch (RuntimeException unexpected) {
            errors.incrementAndGet();
            samples.add(account.username() + " #" + index + ": " + unexpected);
        }
    }

    /** A think time between 50 % and 150 % of the nominal one, so users do not act in lockstep. */
    private static void think(Duration nominal) {
        long millis = nominal.toMillis();
        sleep(millis / 2 + ThreadLocalRandom.current().nextLong(millis + 1));
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            sleep(wait / 1_000_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted", e);
        }
    }
}
