package org.eduroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.eduroadmap.RunAs;

/**
 * A session's life over real HTTP, as a browser lives it: the session id changes at sign-in, signing out ends
 * the session so its old cookie opens nothing, and an administrator disabling a user or resetting their
 * password ends that user's open sessions at their next request. Commits users, so it has a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:session-lifecycle;DB_CLOSE_DELAY=-1")
class SessionLifecycleIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER_META = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserService userService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private AppUser createUser(String username) {
        return new TestUsers(users, passwordEncoder).ensure(username, PASSWORD, Role.PROJECT_MANAGER);
    }

    private HttpResponse<String> get(String path, String sessionCookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as the login page's form does, from the session the login page started; returns the response. */
    private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String loginPageSession = sessionCookie(get("/login", null)).orElseThrow();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", loginPageSession)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signedInSession(String username) throws IOException, InterruptedException {
        HttpResponse<String> signedIn = signIn(username, PASSWORD);
        assertThat(admitted(signedIn)).as("signed in as %s", username).isTrue();
        String session = sessionCookie(signedIn).orElseThrow();
        assertThat(opensTheApp(session)).as("the new session opens the app").isTrue();
        return session;
    }

    /** The app's start page answers the session itself instead of sending it to the login page. */
    private boolean opensTheApp(String sessionCookie) throws IOException, InterruptedException {
        return get("/", sessionCookie).statusCode() == 200;
    }

    private boolean sentToLogin(String sessionCookie) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/", sessionCookie);
        return response.statusCode() == 302 && location(response).endsWith("/login");
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static boolean admitted(HttpResponse<?> response) {
        return response.statusCode() == 302 && !location(response).contains("/login");
    }

    private static boolean refused(HttpResponse<?> response) {
        return response.statusCode() == 302 && location(response).endsWith("/login?error");
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst();
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("the page carries %s", pattern).isTrue();
        return matcher.group(1);
    }

    private void asAdmin(Runnable action) {
        new RunAs(securityContext).run("admin", "ADMIN", action);
    }

    @Test
    void theSessionIdChangesAtSignInAndSigningOutEndsTheSession() throws Exception {
        createUser("test-leaving");
        String beforeSignIn = sessionCookie(get("/login", null)).orElseThrow();
        String form = "username=test-leaving&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", beforeSignIn)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(admitted(signedIn)).isTrue();
        String session = sessionCookie(signedIn).orElseThrow();
        assertThat(session).as("a new session id at sign-in").isNotEqualTo(beforeSignIn);
        assertThat(sentToLogin(beforeSignIn)).as("the id from before sign-in opens nothing").isTrue();

        // Sign out as the app's sign-out button does: a POST to /logout carrying the page's CSRF token.
        String page = get("/", session).body();
        HttpResponse<String> signedOut = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                .header("Cookie", session)
                .header(first(CSRF_HEADER_META, page), first(CSRF_META, page))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(location(signedOut)).as("back to the start, which asks to sign in").endsWith(":" + port + "/");

        assertThat(sentToLogin(session)).as("the old session cookie after signing out").isTrue();
    }

    @Test
    void disablingAUserEndsTheirOpenSessionsAndKeepsThemOutUntilEnabled() throws Exception {
        AppUser user = createUser("test-disabled");
        String firstSession = signedInSession("test-disabled");
        String secondSession = signedInSession("test-disabled");

        asAdmin(() -> userService.setEnabled(user.getId(), user.getVersion(), false));

        assertThat(sentToLogin(firstSession)).as("the next request of an open session").isTrue();
        assertThat(sentToLogin(secondSession)).as("every open session").isTrue();
        assertThat(refused(signIn("test-disabled", PASSWORD))).as("signing in while disabled").isTrue();

        long version = users.findByUsername("test-disabled").orElseThrow().getVersion();
        asAdmin(() -> userService.setEnabled(user.getId(), version, true));

        assertThat(sentToLogin(firstSession)).as("an ended session stays ended").isTrue();
        signedInSession("test-disabled");
    }

    @Test
    void aPasswordResetEndsTheUsersOpenSessions() throws Exception {
        AppUser user = createUser("test-reset");
        String session = signedInSession("test-reset");
        String someoneElse = signedInSession(createUser("test-bystander").getUsername());

        asAdmin(() -> userService.resetPassword(user.getId(), "Lebap velayat schools 2026"));

        assertThat(sentToLogin(session)).as("the session signed in with the old password").isTrue();
        assertThat(opensTheApp(someoneElse)).as("another user's session").isTrue();
        assertThat(refused(signIn("test-reset", PASSWORD))).as("the old password").isTrue();
        HttpResponse<String> withNewPassword = signIn("test-reset", "Lebap velayat schools 2026");
        assertThat(admitted(withNewPassword)).isTrue();
        assertThat(opensTheApp(sessionCookie(withNewPassword).orElseThrow())).isTrue();
    }
}
