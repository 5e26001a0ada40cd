package org.eduroadmap.journey;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

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
}
