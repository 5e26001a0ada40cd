package org.eduroadmap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

import org.eduroadmap.TestClock;

/** The printable brief is a real PDF, in the reader's language, with Cyrillic and Turkmen letters intact. */
@SpringBootTest
@Import(TestClock.class)
class DashboardBriefIT {

    @Autowired
    DashboardBrief brief;

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append(' ');
            }
            // Lines wrap inside table cells and titles: compare words, not layout.
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aRussianBriefNamesTheKpisInRussianOnOneOrTwoPages() throws IOException {
        byte[] pdf = brief.pdf(2026, null, null, Locale.forLanguageTag("ru"));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new PdfReader(pdf).getNumberOfPages()).isBetween(1, 2);
        String text = text(pdf);
        assertThat(text).contains("Справка по цифровому образованию")
                .contains("Школы с доступом к Интернету в педагогических целях")
                .contains("Отставание");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aTurkmenBriefKeepsTurkmenLetters() throws IOException {
        String text = text(brief.pdf(2026, "CONTENT", "TM-D", Locale.forLanguageTag("tk")));

        assertThat(text).contains("Milli elektron okuw platformasyna birikdirilen mekdepler").contains("Daşoguz")
                .doesNotContain("Sanly okuw kitaplary");
    }
}
