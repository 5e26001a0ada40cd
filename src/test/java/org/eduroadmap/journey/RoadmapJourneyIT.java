package org.eduroadmap.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.eduroadmap.TestClock;

/**
 * The planning loop of a project manager: move an activity's end, save a baseline, move the end again and
 * see the slip against the baseline on the timeline; then the minister reads the same timeline without
 * any edit control. Runs on a database of its own, since it changes data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:roadmap-journey;DB_CLOSE_DELAY=-1")
@Import(TestClock.class)
class RoadmapJourneyIT extends BrowserJourney {

    private static final String PILOT = "EMIS pilot in Ahal and Ashgabat schools";

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Narrows the grid to the EMIS action area, as a user looking for the pilot would. */
    private static void chooseArea(Page page) {
        page.locator(".filters").getByLabel("Action area").fill("Education management");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Education management information system")).click();
    }

    private static void movePlannedEnd(Page page, String date) {
        Locator panel = page.locator(".side-panel");
        button(panel, "Edit").click();
        Locator end = panel.getByLabel("Planned end");
        end.fill(date);
        end.press("Enter");
        button(panel, "Save").click();
        assertThat(panel.locator("h3")).hasText(PILOT);
    }

    @Test
    void aManagerSeesTheSlipAgainstABaselineAndTheMinisterReadsTheSameTimeline() {
        try (BrowserContext manager = browser.newContext(1280, 900)) {
            Page page = signIn(manager, "manager");
            page.navigate(url("/roadmap"));
            chooseArea(page);
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(PILOT)).first()
                    .click();
            movePlannedEnd(page, "9/15/2026");
            assertThat(page.locator(".dependency-warnings")).containsText("starts 14 days before");

            button(page.locator(".baseline-picker"), "Save baseline").click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Name").fill("Before the second move");
            button(dialog, "Save").click();
            assertThat(page.locator(".slips")).containsText("Nothing ends later than in this baseline.");

            movePlannedEnd(page, "10/30/2026");

            Locator slips = page.locator(".slips");
            assertThat(slips.locator("li").filter(new Locator.FilterOptions().setHasText(PILOT)))
                    .containsText("+45 days");
            assertThat(page.locator(".timeline-legend")).containsText("Baseline «Before the second move»");
            button(page.locator(".side-panel"), "Close").click();
            Locator timeline = page.locator(".chart-card").first();
            button(timeline, "Show data table").click();
            Locator baselineRow = timeline.locator(".chart-table tr")
                    .filter(new Locator.FilterOptions().setHasText(PILOT))
                    .filter(new Locator.FilterOptions().setHasText("Baseline"));
            assertThat(baselineRow).containsText("Sep 15, 2026");

            // What the screen shows goes to a spreadsheet and to paper for the next meeting, slip included.
            Download excel = page.waitForDownload(() -> page.locator(".export-xlsx").click());
            try (XSSFWorkbook workbook = new XSSFWorkbook(excel.path().toFile())) {
                Sheet sheet = workbook.getSheetAt(0);
                org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("Activity or milestone");
                org.assertj.core.api.Assertions.assertThat(sheet.getLastRowNum()).isBetween(2, 10);
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    Row row = sheet.getRow(i);
                    org.assertj.core.api.Assertions.assertThat(row.getCell(2).getStringCellValue())
                            .isEqualTo("Education management information system");
                    if (row.getCell(0).getStringCellValue().equals(PILOT)) {
                        org.assertj.core.api.Assertions.assertThat(row.getCell(12).getNumericCellValue())
                                .isEqualTo(45);
                    }
                }
            } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new AssertionError(e);
            }
            Download pdf = page.waitForDownload(() -> page.locator(".export-pdf").click());
            try (PdfReader reader = new PdfReader(java.nio.file.Files.readAllBytes(pdf.path()))) {
                org.assertj.core.api.Assertions.assertThat(new PdfTextExtractor(reader).getTextFromPage(1)
                        .replaceAll("\\s+", " ")).contains("Before the second move").contains(PILOT)
                        .contains("+45");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }

        try (BrowserContext minister = browser.newContext(1280, 900)) {
            Page page = signIn(minister, "minister");
            page.navigate(url("/roadmap"));
            page.locator("svg.apexcharts-svg").first().waitFor();
            assertThat(button(page.locator("main"), "New activity")).hasCount(0);
            assertThat(button(page.locator("main"), "Save baseline")).hasCount(0);
            chooseArea(page);
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(PILOT)).first()
                    .click();
            Locator panel = page.locator(".side-panel");
            assertThat(panel.locator("h3")).hasText(PILOT);
            assertThat(panel).containsText("Oct 30, 2026");
            assertThat(button(panel, "Edit")).hasCount(0);
        }
    }
}
