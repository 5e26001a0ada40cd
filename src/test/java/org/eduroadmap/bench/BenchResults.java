package org.eduroadmap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures a benchmark run measured. Every benchmark class adds its figures here; they are kept in
 * {@code target/bench/results.json} (merged across the classes of one run and across the H2 and PostgreSQL
 * runs, a figure replacing the earlier one of the same benchmark, database, scale and name) and written out
 * as the table {@code target/bench/results.md}.
 */
public final class BenchResults {

    /**
     * One measured figure.
     *
     * @param benchmark the numbered benchmark it belongs to, e.g. "1 Dashboard data"
     * @param database  "H2" or "PostgreSQL"
     * @param scale     "small", "large", or "" when the scale does not apply
     * @param name      what was measured
     * @param value     the figure
     * @param unit      "ms", "ratio", "statements", "KB", "MB", ...
     * @param target    the target in words, e.g. "<= 1.5", or "" when there is none
     * @param met       whether the target is met; null when there is no target
     * @param note      how it was measured or what it rests on
     */
    public record Figure(String benchmark, String database, String scale, String name, double value, String unit,
                         String target, Boolean met, String note) {

        String key() {
            return benchmark + '|' + database + '|' + scale + '|' + name;
        }
    }

    private static final Path DIRECTORY = Path.of("target", "bench");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BenchResults() {
    }

    /** The database the run measures: PostgreSQL when the suite is pointed at one, else the embedded H2. */
    public static String database() {
        String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", System.getProperty("spring.datasource.url", ""));
        return url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
    }

    /** Adds a figure without a target. */
    public static void record(String benchmark, String database, String scale, String name, double value, String unit,
                              String note) {
        add(new Figure(benchmark, database, scale, name, value, unit, "", null, note));
    }

    /** Adds a figure that must stay at or below a limit. */
    public static void atMost(String benchmark, String database, String scale, String name, double value, String unit,
                              double limit, String note) {
        add(new Figure(benchmark, database, scale, name, value, unit, "<= " + format(limit), value <= limit, note));
    }

    /** The figures added in this JVM, so a figure is compared only with one measured in the same run. */
    private static final List<Figure> thisRun = new ArrayList<>();

    /**
     * Once a figure exists at both scales in this run, adds their ratio (large / small), which must stay within
     * a limit; before that, does nothing.
     */
    public static void ratioAcrossScales(String benchmark, String database, String name, String ratioName,
                                         double limit) {
        acrossScales(benchmark, database, name).ifPresent(pair -> atMost(benchmark, database, "", name + ": "
                + ratioName, pair[0] / pair[1], "ratio", limit, "both measured in this run"));
    }

    /** Once a figure exists at both scales in this run, adds the difference large - small, which must be 0. */
    public static void equalAcrossScales(String benchmark, String database, String name) {
        acrossScales(benchmark, database, name).ifPresent(pair -> atMost(benchmark, database, "", name
                + ": large - small", pair[0] - pair[1], "statements", 0, "both measured in this run"));
    }

    private static synchronized java.util.Optional<double[]> acrossScales(String benchmark, String database,
                                                                            String name) {
        java.util.function.Function<String, java.util.Optional<Figure>> at = scale -> thisRun.stream()
                .filter(f -> f.benchmark().equals(benchmark) && f.database().equals(database)
                        && f.scale().equals(scale) && f.name().equals(name)).findFirst();
        return at.apply("large").flatMap(large -> at.apply("small").map(small ->
                new double[]{large.value(), small.value()}));
    }

    public static synchronized void add(Figure figure) {
        thisRun.removeIf(existing -> existing.key().equals(figure.key()));
        thisRun.add(figure);
        List<Figure> figures = new ArrayList<>(read());
        figures.removeIf(existing -> existing.key().equals(figure.key()));
        figures.add(figure);
        figures.sort(Comparator.comparing(Figure::benchmark, BenchResults::numbered)
                .thenComparing(Figure::database).thenComparing(Figure::scale));
        try {
            Files.createDirectories(DIRECTORY);
            JSON.writeValue(DIRECTORY.resolve("results.json").toFile(), figures);
            Files.writeString(DIRECTORY.resolve("results.md"), markdown(figures));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "BENCH %s | %s | %s | %s = %s %s %s%n", figure.benchmark(), figure.database(),
                figure.scale(), figure.name(), format(figure.value()), figure.unit(),
                figure.met() == null ? "" : figure.met() ? "(target " + figure.target() + " met)"
                        : "(target " + figure.target() + " MISSED)");
    }

    /** Writes a text that supports the figures (query plans, statements) beside the results. */
    public static void attach(String fileName, String text) {
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Figure> read() {
        Path file = DIRECTORY.resolve("results.json");
        if (!Files.exists(file)) {
            return List.of();
        }
        return JSON.readValue(file.toFile(), new TypeReference<List<Figure>>() {
        });
    }

    static String markdown(List<Figure> figures) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(", Java ").append(Runtime.version()).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB.\n\n");
        String current = null;
        for (Figure figure : figures) {
            if (!figure.benchmark().equals(current)) {
                current = figure.benchmark();
                md.append("\n## ").append(current).append("\n\n")
                        .append("| database | scale | figure | value | target | met | how |\n")
                        .append("| --- | --- | --- | ---: | --- | --- | --- |\n");
            }
            md.append("| ").append(figure.database()).append(" | ").append(figure.scale()).append(" | ")
                    .append(figure.name()).append(" | ").append(format(figure.value())).append(' ')
                    .append(figure.unit()).append(" | ").append(figure.target()).append(" | ")
                    .append(figure.met() == null ? "" : figure.met() ? "yes" : "**no**").append(" | ")
                    .append(figure.note().replace("|", "\\|").replace("\n", " ")).append(" |\n");
        }
        return md.toString();
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    private static int numbered(String a, String b) {
        return Comparator.<String, Integer>comparing(text -> Integer.parseInt(text.replaceAll("^(\\d+).*", "$1")))
                .thenComparing(Comparator.naturalOrder()).compare(a, b);
    }
}
