package org.eduroadmap.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import org.eduroadmap.security.AppUserRepository;

/** E-mail delivery is off unless an SMTP host is configured, and can be switched off with one. */
class NotificationMailerConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(JavaMailSender.class, JavaMailSenderImpl::new)
            .withBean(AppUserRepository.class, () -> mock(AppUserRepository.class))
            .withBean(MessageSource.class, StaticMessageSource::new)
            .withUserConfiguration(NotificationMailer.class);

    @Test
    void withoutAnSmtpHostNothingIsMailed() {
        context.run(app -> assertThat(app).doesNotHaveBean(NotificationMailer.class));
    }

    @Test
    void anSmtpHostSwitchesMailOn() {
        context.withPropertyValues("spring.mail.host=smtp.example.org")
                .run(app -> assertThat(app).hasSingleBean(NotificationMailer.class));
    }

    @Test
    void mailCanBeSwitchedOffWhileTheHostStaysConfigured() {
        context.withPropertyValues("spring.mail.host=smtp.example.org", "eduroadmap.mail.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean(NotificationMailer.class));
    }
}
