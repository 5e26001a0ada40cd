package org.eduroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.eduroadmap.RunAs;
import org.eduroadmap.audit.AuditService;
import org.eduroadmap.audit.SecurityEventFilter;
import org.eduroadmap.audit.SecurityEventKind;
import org.eduroadmap.audit.SecurityEventRow;

/**
 * Sign-in over real HTTP: too many failures lock a username for a while without saying so, every attempt
 * lands in the audit trail with its address, and the session id changes at sign-in. The clock is this
 * test's own and set in the past, so its records can never lock anyone in other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInProtectionIT {

    private static final String PASSWORD = "correct horse battery staple";

    @TestConfiguration
    static class MovableClock {
        static final MovableClockSource CLOCK = new MovableClockSource();

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    static final class MovableClockSource extends Clock {
        private volatile Instant now = Instant.parse("2020-03-02T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditService audit;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private void createUser(String username) {
        new TestUsers(users, passwordEncoder).ensure(username, PASSWORD, Role.PROJECT_MANAGER);
    }

    private HttpResponse<String> signIn(String username, String password, String sessionCookie) throws IOException,
            InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static boolean refused(HttpResponse<?> response) {
        return response.statusCode() == 302 && location(response).endsWith("/login?error");
    }

    private static boolean admitted(HttpResponse<?> response) {
        return response.statusCode() == 302 && !location(response).contains("/login");
    }

    private List<SecurityEventRow> events(String username) {
        return new RunAs(securityContext).as("admin", "ADMIN", () -> audit.securityEvents(
                new SecurityEventFilter(username, null, null, null), PageRequest.of(0, 50)).getContent());
    }

    @Test
    void fiveFailuresLockTheUsernameForFifteenMinutesWithTheSameAnswerAsAWrongPassword() throws Exception {
        createUser("test-lock");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(refused(signIn("test-lock", "wrong password " + attempt, null))).as("attempt %d", attempt).isTrue();
            MovableClock.CLOCK.advance(Duration.ofMinutes(1));
        }

        HttpResponse<String> locked = signIn("test-lock", PASSWORD, null);
        HttpResponse<String> wrongPassword = signIn("test-lock", "still wrong", null);
        HttpResponse<String> unknownUser = signIn("nobody-by-this-name", "whatever", null);
        assertThat(refused(locked)).as("the right password during the lock").isTrue();
        assertThat(locked.statusCode()).isEqualTo(wrongPassword.statusCode()).isEqualTo(unknownUser.statusCode());
        assertThat(location(locked)).isEqualTo(location(wrongPassword)).isEqualTo(location(unknownUser));
        assertThat(locked.body()).isEqualTo(wrongPassword.body());

        MovableClock.CLOCK.advance(Duration.ofMinutes(13));
        assertThat(refused(signIn("test-lock", PASSWORD, null))).as("14 minutes after the fifth failure").isTrue();

        MovableClock.CLOCK.advance(Duration.ofMinutes(2));
        assertThat(admitted(signIn("test-lock", PASSWORD, null))).as("the lock has expired").isTrue();

        List<SecurityEventRow> trail = events("test-lock");
        assertThat(trail).extracting(SecurityEventRow::kind).containsExactly(
                SecurityEventKind.SIGN_IN_SUCCESS, SecurityEventKind.SIGN_IN_LOCKED,
                SecurityEventKind.SIGN_IN_LOCKED, SecurityEventKind.SIGN_IN_LOCKED,
                SecurityEventKind.SIGN_IN_FAILURE, SecurityEventKind.SIGN_IN_FAILURE,
                SecurityEventKind.SIGN_IN_FAILURE, SecurityEventKind.SIGN_IN_FAILURE, SecurityEventKind.SIGN_IN_FAILURE);
        assertThat(trail).allSatisfy(row -> assertThat(row.remoteAddress()).isEqualTo("127.0.0.1"));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() throws Exception {
        createUser("test-slow");
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(refused(signIn("test-slow", "wrong " + attempt, null))).isTrue();
            MovableClock.CLOCK.advance(Duration.ofMinutes(4));
        }
        assertThat(admitted(signIn("test-slow", PASSWORD, null))).isTrue();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() throws Exception {
        createUser("test-forgetful");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(refused(signIn("test-forgetful", "wrong " + attempt, null))).isTrue();
        }
        assertThat(admitted(signIn("test-forgetful", PASSWORD, null))).isTrue();
        assertThat(refused(signIn("test-forgetful", "wrong again", null))).isTrue();
        assertThat(admitted(signIn("test-forgetful", PASSWORD, null))).isTrue();
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        createUser("test-session");
        HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(loginPage).orElseThrow();

        HttpResponse<String> signedIn = signIn("test-session", PASSWORD, before);
        assertThat(admitted(signedIn)).isTrue();
        String after = sessionCookie(signedIn).orElseThrow();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aUsernameWithALineBreakIsStoredAsTypedButCannotForgeALogLine(CapturedOutput output) throws Exception {
        String forged = "mallory\nsecurity event=SIGN_IN_SUCCESS user=admin";
        assertThat(refused(signIn(forged, "guess", null))).isTrue();
        assertThat(events(forged)).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(SecurityEventKind.SIGN_IN_FAILURE);
            assertThat(row.username()).isEqualTo(forged);
        });
        List<String> lines = output.getOut().lines().filter(line -> line.contains("mallory")).toList();
        assertThat(lines).singleElement().asString()
                .contains("user=mallory\\nsecurity event=SIGN_IN_SUCCESS user=admin");
        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("security event=SIGN_IN_SUCCESS"));
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst();
    }
}
