package org.eduroadmap.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.eduroadmap.TestClock;

/**
 * A request for technical assistance from both sides: the ministry's manager raises and submits it, the
 * IITE advisor takes it, mentions the manager and asks a question, the manager answers from the notice,
 * and the advisor accepts it. Each side learns of the other's step from the bell. Runs on a database of
 * its own, since it changes data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:assistance-journey;DB_CLOSE_DELAY=-1")
@Import(TestClock.class)
class AssistanceJourneyIT extends BrowserJourney {

    private static final String TITLE = "Review of the school leaders' digital leadership course";

    @BeforeAll
    static void allowForASharedMachine() {
        // Six sign-ins, each drawing the dashboard, on a busy machine: give the screens time to arrive.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void restoreTimeout() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void choose(Locator dialog, String label, String item) {
        dialog.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).click();
        dialog.page().locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).click();
    }

    /** The unread count on the bell; the badge is hidden when there is none. */
    private static int unread(Page page) {
        Locator count = page.locator(".notification-count");
        return count.isVisible() ? Integer.parseInt(count.textContent().strip()) : 0;
    }

    /** Takes a step that asks for a text, as the dialog does. */
    private static void step(Page page, String action, String label, String text) {
        button(page, action).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel(label).fill(text);
        button(dialog, "Confirm").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
    }

    private static Locator notice(Page page, String text) {
        return page.locator(".notification-item").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void theManagerAndTheAdvisorWorkARequestThroughAndEachHearsOfTheOthersStep() {
        String path;
        int managerUnread;
        int advisorUnread;
        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page advisor = signIn(context, "advisor");
            advisorUnread = unread(advisor);
        }

        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page manager = signIn(context, "manager");
            managerUnread = unread(manager);
            manager.navigate(url("/assistance"));
            button(manager, "New request").click();
            Locator form = manager.getByRole(AriaRole.DIALOG);
            form.getByLabel("Title").fill(TITLE);
            form.getByLabel("Description").fill("Peer review of the course before it is offered to 600 school heads.");
            choose(form, "Category", "Capacity building");
            choose(form, "Addressed to", "UNESCO Institute for Information Technologies in Education");
            choose(form, "Priority", "High");
            button(form, "Save").click();
            assertThat(manager).hasURL(Pattern.compile("/assistance/TA-2026-\\d{3}$"));
            assertThat(manager.locator(".request-header .request-status")).hasText("Draft");
            path = manager.url().substring(manager.url().indexOf("/assistance/"));

            button(manager, "Submit").click();
            assertThat(manager.locator(".request-header .request-status")).hasText("Submitted");
        }
        String number = path.substring("/assistance/".length());

        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page advisor = signIn(context, "advisor");
            advisor.navigate(url(path));
            button(advisor, "Take it").click();
            assertThat(advisor.locator(".request-header .request-status")).hasText("Under review");

            // "@" and the first letters of the manager's name offer him; Enter inserts his username.
            Locator comment = advisor.locator(".conversation-new textarea");
            comment.click();
            comment.pressSequentially("Thank you. @Mer");
            Locator suggestion = advisor.locator(".mention-suggestions [role=option]");
            assertThat(suggestion).hasCount(1);
            assertThat(suggestion).containsText("Merdan Orazov");
            comment.press("Enter");
            assertThat(comment).hasValue("Thank you. @manager ");
            comment.pressSequentially("could you send the course outline?");
            button(advisor, "Post").click();
            assertThat(advisor.locator(".comment .mention")).hasText("@manager");

            step(advisor, "Ask for information", "Question for the ministry",
                    "How many hours does the course take, and is it online?");
            assertThat(advisor.locator(".request-header .request-status")).hasText("Needs information");
        }

        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page manager = signIn(context, "manager");
            // Taken, mentioned, asked: three notices, the mention replacing a plain "new comment" one.
            assertThat(manager.locator(".notification-count")).hasText(String.valueOf(managerUnread + 3));
            manager.locator(".notification-button").click();
            assertThat(notice(manager, "Anna Sokolova mentioned you on " + number)).hasCount(1);
            assertThat(notice(manager, number + " · " + TITLE + ": status Needs information")).hasCount(1);
            assertThat(notice(manager, number + " · " + TITLE + ": status Under review")).hasCount(1);
            notice(manager, "Anna Sokolova mentioned you on " + number).click();
            assertThat(manager).hasURL(url(path));
            assertThat(manager.locator(".notification-count")).hasText(String.valueOf(managerUnread + 2));

            step(manager, "Answer", "Your answer", "Twenty hours, blended: online with two days in class.");
            assertThat(manager.locator(".request-header .request-status")).hasText("Under review");
        }

        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page advisor = signIn(context, "advisor");
            assertThat(advisor.locator(".notification-count")).hasText(String.valueOf(advisorUnread + 1));
            advisor.locator(".notification-button").click();
            Locator answered = notice(advisor, number + " · " + TITLE + ": status Under review");
            assertThat(answered).hasClass(Pattern.compile("unread"));
            answered.click();
            assertThat(advisor).hasURL(url(path));
            assertThat(advisor.locator(".request-history")).containsText("Twenty hours, blended");

            step(advisor, "Accept", "Why it is accepted", "Fits the ICT competency framework work already planned.");
            assertThat(advisor.locator(".request-header .request-status")).hasText("Accepted");
            assertThat(button(advisor, "Accept")).hasCount(0);
        }

        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page manager = signIn(context, "manager");
            manager.locator(".notification-button").click();
            Locator accepted = notice(manager, number + " · " + TITLE + ": status Accepted");
            assertThat(accepted).hasCount(1);
            accepted.click();
            assertThat(manager).hasURL(url(path));
            assertThat(manager.locator(".request-history")).containsText("Fits the ICT competency framework");
        }
    }

    @Test
    void aFileTheManagerAttachesIsDownloadedByTheMinisterUnderItsOwnName() {
        String request = "/assistance/TA-2024-001";
        String name = "Школы Лебапа 2026.csv";
        byte[] csv = "velayat,schools\nLebap,412\n".getBytes(StandardCharsets.UTF_8);
        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page manager = signIn(context, "manager");
            manager.navigate(url(request));
            Locator file = manager.locator("vaadin-upload input[type=file]");
            file.setInputFiles(new FilePayload("tool.exe", "application/octet-stream", new byte[] {'M', 'Z'}));
            assertThat(manager.locator(".attachment-error")).containsText("pdf, docx, xlsx");
            assertThat(manager.locator(".attachment-link")).hasCount(0);

            file.setInputFiles(new FilePayload(name, "text/csv", csv));
            assertThat(manager.locator(".attachment-link")).hasText(name);
        }

        String address;
        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page minister = signIn(context, "minister");
            minister.navigate(url(request));
            Locator link = minister.locator(".attachment-link");
            address = (String) link.evaluate("a => a.href");
            APIResponse response = context.request().get(address);
            assertThat(response).isOK();
            assertThat(response.headers().get("content-type")).startsWith("text/csv");
            // RFC 6266/5987: the name travels percent-encoded as UTF-8, never raw in the header.
            assertThat(response.headers().get("content-disposition")).startsWith("attachment")
                    .contains("filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
            assertThat(response.body()).isEqualTo(csv);

            Download download = minister.waitForDownload(link::click);
            assertThat(download.suggestedFilename()).isEqualTo(name);
        }

        // The address belongs to the minister's session: without it the file is not served.
        try (BrowserContext stranger = browser.newContext(1280, 900)) {
            assertThat(stranger.request().get(address).body()).isNotEqualTo(csv);
        }
    }
}
