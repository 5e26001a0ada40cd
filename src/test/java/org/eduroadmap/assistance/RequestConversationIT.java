package org.eduroadmap.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.RuleViolation;

/**
 * Who reads and writes what in a request's conversation. TA-2025-001 carries a public comment and an
 * internal note in the demo. Every test is rolled back and starts from no notices.
 */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class RequestConversationIT {

    private static final String REQUEST = "TA-2025-001";
    private static final String XSS = "Please check <img src=x onerror=alert(1)> & <script>alert(2)</script>";

    @Autowired
    RequestConversationService service;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noNotices() {
        jdbc.update("delete from notification");
    }

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    private <T> T as(String user, String role, java.util.function.Supplier<T> action) {
        return new RunAs(securityContext).as(user, role, action);
    }

    private void run(String user, String role, Runnable action) {
        new RunAs(securityContext).run(user, role, action);
    }

    private List<ConversationComment> conversationOf(String user, String role) {
        return as(user, role, () -> service.conversation(REQUEST));
    }

    private List<String> noticesOf(String username, String kind) {
        return jdbc.queryForList("""
                select n.subject_en from notification n join app_user u on u.id = n.recipient_id
                where u.username = ? and n.kind = ?""", String.class, username, kind);
    }

    private long noticeCount(String kind) {
        return jdbc.queryForObject("select count(*) from notification where kind = ?", Long.class, kind);
    }

    @Test
    void ministryUsersNeverReceiveInternalNotes() {
        assertThat(conversationOf("manager", "PROJECT_MANAGER")).isNotEmpty().noneMatch(ConversationComment::internal);
        assertThat(conversationOf("minister", "MINISTER")).isNotEmpty().noneMatch(ConversationComment::internal);
        assertThat(conversationOf("advisor", "UNESCO_ADVISOR")).anyMatch(ConversationComment::internal);
        assertThat(conversationOf("admin", "ADMIN")).anyMatch(ConversationComment::internal);
    }

    @Test
    void aNewInternalNoteStaysAmongAdvisors() {
        run("advisor", "UNESCO_ADVISOR", () -> service.comment(REQUEST, "Budget line still open", true));

        assertThat(conversationOf("tzhan", "UNESCO_ADVISOR")).extracting(ConversationComment::body)
                .contains("Budget line still open");
        assertThat(conversationOf("manager", "PROJECT_MANAGER")).extracting(ConversationComment::body)
                .doesNotContain("Budget line still open");
        assertThat(noticeCount("REQUEST_COMMENT")).as("an internal note is no news for the ministry").isZero();
    }

    @Test
    void aManagerMayNotWriteAnInternalNote() {
        assertThatThrownBy(() -> run("manager", "PROJECT_MANAGER", () -> service.comment(REQUEST, "secret", true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void markupIsStoredAndReturnedAsTheSamePlainText() {
        run("manager", "PROJECT_MANAGER", () -> service.comment(REQUEST, XSS, false));

        assertThat(conversationOf("advisor", "UNESCO_ADVISOR")).extracting(ConversationComment::body).contains(XSS);
    }

    @Test
    void editingKeepsTheEarlierWording() {
        ConversationComment posted = as("manager", "PROJECT_MANAGER",
                () -> service.comment(REQUEST, "300 trainers in 2025", false));
        run("manager", "PROJECT_MANAGER", () -> service.edit(posted.id(), "320 trainers in 2025"));

        ConversationComment shown = conversationOf("minister", "MINISTER").stream()
                .filter(comment -> comment.id().equals(posted.id())).findFirst().orElseThrow();
        assertThat(shown.body()).isEqualTo("320 trainers in 2025");
        assertThat(shown.edited()).isTrue();
        assertThat(shown.editedAt()).isEqualTo(TestClock.NOW);
        assertThat(shown.earlier()).extracting(CommentVersion::body).containsExactly("300 trainers in 2025");
    }

    @Test
    void onlyTheAuthorEdits() {
        ConversationComment posted = as("manager", "PROJECT_MANAGER", () -> service.comment(REQUEST, "Mine", false));

        assertThatThrownBy(() -> run("advisor", "UNESCO_ADVISOR", () -> service.edit(posted.id(), "Yours")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run("admin", "ADMIN", () -> service.edit(posted.id(), "Anyone's")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(conversationOf("manager", "PROJECT_MANAGER")).extracting(ConversationComment::body)
                .contains("Mine").doesNotContain("Yours", "Anyone's");
    }

    @Test
    void aMinisterReadsButDoesNotComment() {
        assertThatThrownBy(() -> run("minister", "MINISTER", () -> service.comment(REQUEST, "Hello", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("minister", "MINISTER", service::mayComment)).isFalse();
    }

    @Test
    void emptyAndOverLongCommentsAreRefusedWithAReason() {
        assertThatThrownBy(() -> run("manager", "PROJECT_MANAGER", () -> service.comment(REQUEST, "  \n ", false)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("comment.error.empty"));
        String tooLong = "x".repeat(RequestConversationService.MAX_LENGTH + 1);
        assertThatThrownBy(() -> run("manager", "PROJECT_MANAGER", () -> service.comment(REQUEST, tooLong, false)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("comment.error.tooLong"));
    }

    @Test
    void onlyTheMentionedUserIsToldOfAMention() {
        run("manager", "PROJECT_MANAGER", () -> service.comment(REQUEST, "@tzhan could you review this too?", false));

        assertThat(noticesOf("tzhan", "REQUEST_MENTION")).containsExactly("Merdan Orazov mentioned you on TA-2025-001");
        assertThat(noticeCount("REQUEST_MENTION")).isEqualTo(1);
        assertThat(noticesOf("advisor", "REQUEST_COMMENT")).as("the assigned advisor hears of a public comment")
                .hasSize(1);
        assertThat(noticesOf("manager", "REQUEST_COMMENT")).as("not the author").isEmpty();
    }

    @Test
    void aMinistryUserMentionedInAnInternalNoteIsNotTold() {
        run("advisor", "UNESCO_ADVISOR", () -> service.comment(REQUEST, "@manager @tzhan see the licence", true));

        assertThat(noticesOf("tzhan", "REQUEST_MENTION")).hasSize(1);
        assertThat(noticesOf("manager", "REQUEST_MENTION")).isEmpty();
    }

    @Test
    void nobodySignedOutReadsTheConversation() {
        assertThatThrownBy(() -> service.conversation(REQUEST))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void mentionsAreUsernamesAfterAnAtSign() {
        assertThat(RequestConversationService.mentions("Hi @advisor, @tzhan. mail me at a@b.org @"))
                .containsExactly("advisor", "tzhan");
    }
}
