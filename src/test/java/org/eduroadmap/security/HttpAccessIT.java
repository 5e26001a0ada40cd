package org.eduroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an anonymous visitor reaches over HTTP: the login page, static assets and health, nothing else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpAccessIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String path : new String[]{"/", "/kpis", "/roadmap", "/assistance", "/assistance/TA-2026-003",
                "/meetings", "/admin"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void healthProbesAreOpenAndSayNoMoreThanTheirStatus() throws Exception {
        HttpResponse<String> liveness = get("/manage/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> readiness = get("/manage/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/manage/health").body()).doesNotContain("H2").doesNotContain("components");
    }

    @Test
    void otherManagementEndpointsNeedAnAdministrator() throws Exception {
        assertThat(get("/manage/info").statusCode()).isIn(302, 401, 403);
        assertThat(get("/manage").statusCode()).isIn(302, 401, 403);
    }

    @Test
    void theChartScriptIsServedWithoutSigningIn() throws Exception {
        HttpResponse<String> script = get("/vendor/apexcharts/apexcharts.min.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).startsWith("/*!\n * ApexCharts v4.7.0");
    }
}
