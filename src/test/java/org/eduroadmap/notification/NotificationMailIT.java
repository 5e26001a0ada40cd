package org.eduroadmap.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.assistance.RequestConversationService;
import org.eduroadmap.base.Language;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.security.AppUserRepository;

/**
 * With an SMTP host configured, a notice is also e-mailed to its recipient, in their language, with a
 * link back to the application; a mail server that fails changes nothing for the user who acted.
 * The mail server is a stand-in that records what it is given. Commits for real, on a database of its own.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:notification-mail;DB_CLOSE_DELAY=-1",
        "spring.mail.host=smtp.example.org", "eduroadmap.public-url=https://roadmap.example.org/",
        "eduroadmap.mail.from=roadmap@example.org"})
@Import({TestClock.class, NotificationMailIT.StandInMailServer.class})
class NotificationMailIT {

    private static final long WAIT_SECONDS = 60;

    @TestConfiguration
    static class StandInMailServer {
        @Bean
        RecordingMailSender mailSender() {
            return new RecordingMailSender();
        }
    }

    static class RecordingMailSender extends JavaMailSenderImpl {
        final BlockingQueue<SimpleMailMessage> sent = new LinkedBlockingQueue<>();
        final BlockingQueue<SimpleMailMessage> refused = new LinkedBlockingQueue<>();
        volatile boolean failing;

        @Override
        public void send(SimpleMailMessage... messages) {
            for (SimpleMailMessage message : messages) {
                if (failing) {
                    refused.add(message);
                    throw new MailSendException("mail server down");
                }
                sent.add(message);
            }
        }
    }

    @Autowired
    RecordingMailSender mail;
    @Autowired
    JavaMailSender configured;
    @Autowired
    Notifier notifier;
    @Autowired
    RequestConversationService conversation;
    @Autowired
    AppUserRepository users;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @BeforeEach
    void managerHasAnAddressAndReadsRussian() {
        transaction.executeWithoutResult(status -> {
            var manager = users.findByUsername("manager").orElseThrow();
            manager.setEmail("m.orazov@example.org");
            manager.setLanguage(Language.RU);
        });
        mail.failing = false;
        mail.sent.clear();
        mail.refused.clear();
    }

    @Test
    void aMentionReachesTheManagersMailboxInRussianWithALinkToTheRequest() throws Exception {
        assertThat(configured).isSameAs(mail);
        long minister = users.findByUsername("minister").orElseThrow().getId();
        // The minister has no address: this notice stays in the application. Mail goes out in order, so
        // once the manager's message has arrived, a message to the minister would have arrived before it.
        notifier.notify(minister, NotificationKind.REQUEST_COMMENT, LocalizedText.of("No mail", "Нет", "Ýok"),
                "assistance/TA-2025-001", "mail-test-minister");

        new RunAs(securityContext).run("advisor", "UNESCO_ADVISOR", () -> conversation.comment("TA-2025-001",
                "@manager the dates for the velayats, please.", false));

        SimpleMailMessage message = mail.sent.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(message).isNotNull();
        assertThat(message.getTo()).containsExactly("m.orazov@example.org");
        assertThat(message.getFrom()).isEqualTo("roadmap@example.org");
        assertThat(message.getSubject()).isEqualTo("EduRoadmap: Anna Sokolova упомянул(а) вас в запросе TA-2025-001");
        assertThat(message.getText()).contains("https://roadmap.example.org/assistance/TA-2025-001");
        assertThat(mail.sent).isEmpty();
    }

    @Test
    void aNoticeThatIsRolledBackIsNeverSent() throws Exception {
        long manager = users.findByUsername("manager").orElseThrow().getId();
        transaction.executeWithoutResult(status -> {
            notifier.notify(manager, NotificationKind.REQUEST_COMMENT, LocalizedText.of("Undone", "Отменено", "Ýatyryldy"),
                    "assistance/TA-2025-001", "mail-test-rolled-back");
            status.setRollbackOnly();
        });
        notifier.notify(manager, NotificationKind.REQUEST_COMMENT, LocalizedText.of("Kept", "Сохранено", "Saklandy"),
                "assistance/TA-2025-001", "mail-test-kept");

        SimpleMailMessage message = mail.sent.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(message).isNotNull();
        assertThat(message.getSubject()).isEqualTo("EduRoadmap: Сохранено");
        assertThat(mail.sent).isEmpty();
    }

    @Test
    void aFailingMailServerDoesNotUndoTheCommentThatCausedTheNotice() throws Exception {
        mail.failing = true;
        RunAs runAs = new RunAs(securityContext);
        runAs.run("advisor", "UNESCO_ADVISOR", () -> conversation.comment("TA-2025-001",
                "@manager one more question about the venues.", false));

        assertThat(mail.refused.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
        assertThat(runAs.as("manager", "PROJECT_MANAGER", () -> conversation.conversation("TA-2025-001")))
                .anyMatch(comment -> comment.body().equals("@manager one more question about the venues."));
    }
}
