package org.eduroadmap.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.RuleViolation;

/** Which files a request accepts, and that a refused file leaves nothing behind. Every test is rolled back. */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class AttachmentServiceIT {

    /** Sent to IITE, so the IITE advisor in these tests sees it. */
    private static final String REQUEST = "TA-2025-001";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    AttachmentService service;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    private AttachmentRow upload(String fileName, byte[] content) {
        return new RunAs(securityContext).as("manager", "PROJECT_MANAGER",
                () -> service.upload(REQUEST, fileName, content));
    }

    private void assertRefused(String fileName, byte[] content, String messageKey) {
        assertThatThrownBy(() -> upload(fileName, content)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
        assertThat(new RunAs(securityContext).as("minister", "MINISTER", () -> service.attachments(REQUEST)))
                .as("nothing stored after a refusal").isEmpty();
    }

    @Test
    void anAllowedPdfIsStoredAndReadBackByAnyone() {
        AttachmentRow row = upload("Concept note.pdf", PDF);

        assertThat(row.fileName()).isEqualTo("Concept note.pdf");
        assertThat(row.contentType()).isEqualTo("application/pdf");
        assertThat(row.sizeBytes()).isEqualTo(PDF.length);
        assertThat(row.uploadedBy()).isEqualTo("Merdan Orazov");
        AttachmentFile file = new RunAs(securityContext).as("minister", "MINISTER", () -> service.download(row.id()));
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(file.fileName()).isEqualTo("Concept note.pdf");
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertRefused("big.pdf", big, "attachment.error.tooLarge");
    }

    @Test
    void aFileAtTheLimitIsAccepted() {
        assertThat(upload("limit.pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024)).sizeBytes()).isEqualTo(10 * 1024 * 1024);
    }

    @Test
    void anExecutableIsRefused() {
        assertRefused("setup.exe", new byte[] {'M', 'Z', 0, 0}, "attachment.error.type");
    }

    @Test
    void aBinaryFileRenamedCsvIsRefused() {
        assertRefused("figures.csv", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, "attachment.error.content");
    }

    @Test
    void aPdfWhoseBytesAreNotPdfIsRefused() {
        assertRefused("terms.pdf", "just some text".getBytes(StandardCharsets.UTF_8), "attachment.error.content");
    }

    @Test
    void utf8CsvAndOfficeFilesAreAccepted() {
        upload("schools.csv", "velaýat;mekdep\nDaşoguz;12\n".getBytes(StandardCharsets.UTF_8));
        upload("terms.docx", new byte[] {'P', 'K', 3, 4, 20, 0});
        assertThat(new RunAs(securityContext).as("advisor", "UNESCO_ADVISOR", () -> service.attachments(REQUEST)))
                .extracting(AttachmentRow::fileName)
                .containsExactly("schools.csv", "terms.docx");
    }

    @Test
    void theFileNameLosesFoldersAndHeaderBreakingCharacters() {
        assertThat(upload("..\\..\\C:/temp/\"evil\";\r\nname.pdf", PDF).fileName()).isEqualTo("_evil____name.pdf");
    }

    @Test
    void aMinisterCannotUpload() {
        assertThatThrownBy(() -> new RunAs(securityContext).as("minister", "MINISTER",
                () -> service.upload(REQUEST, "note.pdf", PDF))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheUploaderRemovesAFile() {
        AttachmentRow row = upload("note.pdf", PDF);

        assertThatThrownBy(() -> new RunAs(securityContext).run("advisor", "UNESCO_ADVISOR",
                () -> service.delete(row.id()))).isInstanceOf(AccessDeniedException.class);
        new RunAs(securityContext).run("manager", "PROJECT_MANAGER", () -> service.delete(row.id()));
        assertThat(new RunAs(securityContext).as("manager", "PROJECT_MANAGER", () -> service.attachments(REQUEST)))
                .isEmpty();
    }
}
