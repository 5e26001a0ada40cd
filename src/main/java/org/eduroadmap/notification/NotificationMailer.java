package org.eduroadmap.notification;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import jakarta.annotation.PreDestroy;

import org.eduroadmap.security.AppUser;
import org.eduroadmap.security.AppUserRepository;

/**
 * Sends each new notice by e-mail as well, to recipients who have an address, in their language and with
 * an absolute link. Exists only when an SMTP host is configured ({@code spring.mail.host}) and
 * {@code eduroadmap.mail.enabled} is not {@code false}.
 *
 * <p>Mail goes out after the notice's transaction commits and on a thread of its own: a slow or failing
 * mail server never delays or undoes the step that caused the notice; a failure is logged and dropped.
 */
@Component
@ConditionalOnExpression("'${spring.mail.host:}' != '' and '${eduroadmap.mail.enabled:true}' == 'true'")
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final JavaMailSender mail;
    private final AppUserRepository users;
    private final MessageSource messages;
    private final String from;
    private final String publicUrl;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("notification-mail").daemon().factory());

    NotificationMailer(JavaMailSender mail, AppUserRepository users, MessageSource messages,
                       @Value("${eduroadmap.mail.from:eduroadmap@localhost}") String from,
                       @Value("${eduroadmap.public-url:http://localhost:8080}") String publicUrl) {
        this.mail = mail;
        this.users = users;
        this.messages = messages;
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void send(NotificationAdded added) {
        sender.execute(() -> {
            try {
                users.findById(added.recipientUserId()).filter(AppUser::isEnabled)
                        .filter(user -> user.getEmail() != null)
                        .ifPresent(user -> mail.send(message(user, added)));
            } catch (RuntimeException failed) {
                log.warn("Could not e-mail a notice to user {}: {}", added.recipientUserId(), failed.toString());
            }
        });
    }

    SimpleMailMessage message(AppUser user, NotificationAdded added) {
        Locale locale = user.getLanguage().locale();
        String subject = added.subject().in(locale);
        String link = added.link() == null || added.link().isBlank() ? publicUrl
                : publicUrl + (added.link().startsWith("/") ? added.link().substring(1) : added.link());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.getEmail());
        message.setSubject(messages.getMessage("notification.mail.subject", new Object[] {subject}, locale));
        message.setText(messages.getMessage("notification.mail.body", new Object[] {subject, link}, locale));
        return message;
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
