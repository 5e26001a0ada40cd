package org.eduroadmap.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright. Without a browser the journeys are skipped with a notice,
 * unless {@code -Dbrowser.required=true} (as in CI) makes that a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    static Browser launchOrSkip() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (Boolean.getBoolean("browser.required")) {
                throw new IllegalStateException("Chromium not found at " + CHROMIUM + " but browser.required=true");
            }
            System.out.println("NOTICE: browser journeys skipped: no Chromium at " + CHROMIUM
                    + " (install Debian's chromium, or set -Dchromium.path)");
            Assumptions.abort("no Chromium");
        }
        return new Browser();
    }

    BrowserContext newContext(int width, int height) {
        return browser.newContext(new NewContextOptions().setViewportSize(width, height).setLocale("en-GB")
                .setAcceptDownloads(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
