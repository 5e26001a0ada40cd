package org.eduroadmap.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/** A journey through the running application in Debian's Chromium: one browser per test class. */
abstract class BrowserJourney {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        // A first page on a busy two-core machine can take longer than Playwright's default 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        browser = Browser.launchOrSkip();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A new page in the context, signed in as a demo user, on the dashboard. */
    Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill("demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("h1.view-title")).hasText("Dashboard");
        return page;
    }
}
