package org.eduroadmap.assistance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;

import org.eduroadmap.TestClock;
import org.eduroadmap.assistance.Mentionable;

/**
 * The conversation and attachment sections as each role sees them. TA-2025-001 holds a public comment and
 * an internal note in the demo. Tests that write roll back.
 */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(classes = RequestSectionsTestView.class)
@Transactional
class RequestSectionsIT extends SpringBrowserlessTest {

    private static final String INTERNAL_NOTE = "Internal: materials from the Central Asia project";

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private void open(String requestNumber) {
        navigate("test-request-sections/" + requestNumber, RequestSectionsTestView.class);
    }

    private List<String> commentBodies() {
        return $(Paragraph.class).withClassName("comment-body").all().stream()
                .map(body -> body.getElement().getTextRecursively()).toList();
    }

    private void post(String text) {
        test($(TextArea.class).withClassName("conversation-new").single()).setValue(text);
        test($(Button.class).withText("Post").single()).click();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aManagerSeesNoInternalNoteAnywhereInTheTree() {
        open("TA-2025-001");

        assertThat(pageText()).contains("Could you share the number of master trainers").doesNotContain(INTERNAL_NOTE);
        assertThat($(Div.class).withClassName("comment-internal").all()).isEmpty();
        assertThat($(Checkbox.class).all()).as("no internal-note switch for the ministry").isEmpty();
    }

    @Test
    @WithMockUser(username = "advisor", roles = "UNESCO_ADVISOR")
    void anAdvisorSeesTheInternalNoteStyledAsSuch() {
        open("TA-2025-001");

        Div note = $(Div.class).withClassName("comment-internal").single();
        assertThat(note.getElement().getTextRecursively()).contains(INTERNAL_NOTE).contains("Internal note");
        assertThat($(Span.class).withClassName("internal-badge").single().getText()).isEqualTo("Internal note");
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void markupIsShownAsTextAndMentionsAreHighlighted() {
        open("TA-2025-001");
        post("@advisor see <img src=x onerror=alert(1)>");

        List<Paragraph> bodies = $(Paragraph.class).withClassName("comment-body").all();
        assertThat(bodies).extracting(body -> body.getElement().getTextRecursively())
                .contains("@advisor see <img src=x onerror=alert(1)>");
        assertThat($(Span.class).withClassName("mention").all()).extracting(Span::getText).contains("@advisor");
        assertThat($(Html.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void postsAppearBelowInOrderAndTheEmptyNoteGoes() {
        open("TA-2026-003");
        assertThat(pageText()).contains("No comments yet.");

        post("First question about the licences");
        Div first = $(Div.class).withClassName("comment").single();
        post("Second question about the translators");

        assertThat(pageText()).doesNotContain("No comments yet.");
        List<Div> comments = $(Div.class).withClassName("comment").all();
        assertThat(comments).extracting(comment -> comment.getElement().getTextRecursively())
                .satisfiesExactly(text -> assertThat(text).contains("First question about the licences"),
                        text -> assertThat(text).contains("Second question about the translators"));
        assertThat(comments.getFirst()).as("a post adds to the thread without redrawing it").isSameAs(first);
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aLongConversationOpensOnItsLatestCommentsAndShowsTheRestOnRequest() {
        open("TA-2026-003");
        int count = ConversationPanel.LATEST + 5;
        for (int i = 1; i <= count; i++) {
            post("Comment number " + i);
        }
        open("TA-2026-003");

        assertThat(commentBodies()).hasSize(ConversationPanel.LATEST)
                .startsWith("Comment number 6").endsWith("Comment number " + count);
        Button earlier = $(Button.class).withText("Show earlier comments").single();
        assertThat(earlier.isVisible()).isTrue();

        test(earlier).click();

        assertThat(commentBodies()).hasSize(count).startsWith("Comment number 1", "Comment number 2");
        assertThat(earlier.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aShortConversationOffersNoEarlierComments() {
        open("TA-2025-001");
        assertThat($(Button.class).withText("Show earlier comments").all()).noneMatch(Button::isVisible);
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void pickingSomeoneToMentionAddsTheirUsername() {
        open("TA-2025-001");
        TextArea box = $(TextArea.class).withClassName("conversation-new").single();
        test(box).setValue("Please look");
        @SuppressWarnings("unchecked")
        ComboBox<Mentionable> mention = $(ComboBox.class).single();
        test(mention).selectItem("Tao Zhan (@tzhan)");

        assertThat(box.getValue()).isEqualTo("Please look @tzhan ");
        assertThat(mention.getValue()).isNull();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void anEditKeepsTheEarlierVersionVisible() {
        open("TA-2024-001");
        test($(Button.class).withText("Edit").single()).click();
        TextArea editor = $(TextArea.class).all().stream().filter(area -> "Edit".equals(area.getLabel()))
                .findFirst().orElseThrow();
        test(editor).setValue("The requirements document (version 3) is ready for review.");
        test($(Button.class).withText("Save").single()).click();

        assertThat(pageText()).contains("version 3").contains("version 2").contains("edited");
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aMinisterReadsButNeitherCommentsNorUploads() {
        open("TA-2025-001");

        assertThat(pageText()).contains("Could you share").doesNotContain(INTERNAL_NOTE);
        assertThat($(TextArea.class).all()).isEmpty();
        assertThat($(Upload.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = "PROJECT_MANAGER")
    void aRefusedUploadSaysWhyAndAnAcceptedOneBecomesADownload() {
        open("TA-2026-003");
        AttachmentsPanel panel = $(AttachmentsPanel.class).single();

        panel.store("terms.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat($(Paragraph.class).withClassName("attachment-error").single().getText())
                .isEqualTo("The content of the file does not match its extension .pdf.");
        assertThat($(Anchor.class).withClassName("attachment-link").all()).isEmpty();

        panel.store("Terms of reference.pdf", "%PDF-1.7 demo".getBytes(StandardCharsets.US_ASCII));
        Anchor link = $(Anchor.class).withClassName("attachment-link").single();
        assertThat(link.getText()).isEqualTo("Terms of reference.pdf");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat($(Button.class).withText("Remove").all()).hasSize(1);
    }
}
