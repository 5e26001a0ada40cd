package org.eduroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every response tells the browser to run only this origin's code, never to frame the app, and not to sniff types. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/vendor/apexcharts/apexcharts.min.js", "/manage/health/liveness"})
    void responsesCarryTheSecurityHeaders(String path) throws Exception {
        HttpHeaders headers = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).headers();

        String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(policy).doesNotContain("*", "http:", "https:");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        // Plain HTTP here: HSTS is sent only over TLS, where it means something.
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }
}
