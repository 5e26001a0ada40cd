package org.eduroadmap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the user reads exists in English, Russian and Turkmen. */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");

    static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTest.class.getResourceAsStream("/messages" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_ru", "_tk"})
    void everyEnglishKeyIsTranslated(String suffix) throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        Set<String> translated = bundle(suffix).stringPropertyNames();
        assertThat(translated).as("keys missing in messages%s", suffix).containsAll(english);
        assertThat(english).as("keys only in messages%s", suffix).containsAll(translated);
    }

    /** Not sentences: the product's name around a notice, and unit symbols Turkmen writes as English does. */
    private static final java.util.Set<String> SAME_IN_EVERY_LANGUAGE = java.util.Set.of(
            "notification.mail.subject", "upload.units");

    @ParameterizedTest
    @ValueSource(strings = {"_ru", "_tk"})
    void translationsAreNotEnglishCopies(String suffix) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle(suffix);
        List<String> copies = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).length() > 12)
                .filter(key -> !SAME_IN_EVERY_LANGUAGE.contains(key))
                .filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
                .sorted()
                .toList();
        assertThat(copies).as("sentences of messages%s identical to English", suffix).isEmpty();
    }

    /** Labels built from enum names, such as {@code kpi.status.ON_TRACK}. */
    @Test
    void everyEnumLabelExists() throws IOException {
        Properties english = bundle("");
        Stream.of(
                        labels("kpi.status.", org.eduroadmap.kpi.KpiStatus.values()),
                        labels("kpi.unit.", org.eduroadmap.kpi.KpiUnit.values()),
                        labels("role.", org.eduroadmap.security.Role.values()),
                        labels("request.status.", org.eduroadmap.assistance.RequestStatus.values()),
                        labels("request.category.", org.eduroadmap.assistance.RequestCategory.values()),
                        labels("request.priority.", org.eduroadmap.assistance.RequestPriority.values()),
                        labels("request.action.", org.eduroadmap.assistance.RequestAction.values()),
                        labels("meeting.format.", org.eduroadmap.meeting.MeetingFormat.values()),
                        labels("organisation.kind.", org.eduroadmap.organisation.OrganisationKind.values()),
                        labels("region.kind.", org.eduroadmap.organisation.Region.Kind.values()),
                        labels("activity.status.", org.eduroadmap.roadmap.ActivityStatus.values()),
                        labels("activity.kind.", org.eduroadmap.roadmap.ActivityKind.values()),
                        labels("roadmap.status.", org.eduroadmap.roadmap.RoadmapStatus.values()),
                        labels("measurement.status.", org.eduroadmap.kpi.MeasurementStatus.values()),
                        labels("kpi.direction.", org.eduroadmap.kpi.Direction.values()),
                        labels("dimension.", org.eduroadmap.kpi.Dimension.values()),
                        labels("kpi.framework.", org.eduroadmap.kpi.Framework.values()),
                        labels("dimension.SCHOOL_LEVEL.", org.eduroadmap.kpi.SchoolLevel.values()),
                        labels("dimension.SEX.", org.eduroadmap.kpi.Sex.values()),
                        labels("dimension.LOCATION.", org.eduroadmap.kpi.Location.values()),
                        labels("notification.kind.", org.eduroadmap.notification.NotificationKind.values()))
                .flatMap(Set::stream)
                .forEach(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }

    private static Set<String> labels(String prefix, Enum<?>[] values) {
        Set<String> keys = new TreeSet<>();
        for (Enum<?> value : values) {
            keys.add(prefix + value.name());
        }
        return keys;
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle("").stringPropertyNames());
        assertThat(missing).as("keys used in the code but missing in messages.properties").isEmpty();
    }
}
