package org.eduroadmap.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.eduroadmap.TestClock;

/** A minister signs in, reads the dashboard with its charts, switches to Russian, prints the brief and signs out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
class MinisterJourneyIT extends BrowserJourney {

    @Test
    void signInReadTheDashboardSwitchToRussianAndSignOut() throws IOException {
        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));

            page.locator("input[name='username']").fill("minister");
            page.locator("input[name='password']").fill("demo");
            page.locator("vaadin-login-form vaadin-button").first().click();

            assertThat(page.locator("h1.view-title")).hasText("Dashboard");
            assertThat(page.locator(".demo-badge")).hasText("Demo data");
            // ApexCharts has drawn real charts into the page.
            page.locator("svg.apexcharts-svg").first().waitFor();
            assertThat(page.locator(".status-tile.status-ON_TRACK .count")).not().hasText("0");

            page.locator("vaadin-select.language-select").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Русский")).click();
            assertThat(page.locator("h1.view-title")).hasText("Обзор");
            assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Обзор");
            page.locator("svg.apexcharts-svg").first().waitFor();

            // The brief downloads as a PDF in the language of the screen.
            Download download = page.waitForDownload(() -> page.locator(".brief-download").click());
            byte[] pdf = Files.readAllBytes(download.path());
            org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            org.assertj.core.api.Assertions.assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)
                    .replaceAll("\\s+", " ")).contains("Школы с доступом к Интернету в педагогических целях");

            // The choice is remembered per user; switch back so the next sign-in is in English again.
            page.locator("vaadin-select.language-select").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();
            assertThat(page.locator("h1.view-title")).hasText("Dashboard");

            page.locator("vaadin-button.logout").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
            assertThat(page.locator("input[name='username']")).isVisible();
        }
    }
}
