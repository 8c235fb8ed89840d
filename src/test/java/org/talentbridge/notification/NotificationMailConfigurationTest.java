package org.talentbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mail is off unless asked for: with a mail server configured but {@code app.notifications.mail.enabled} unset
 * (or false), there is no mailer, so no notification is ever mailed. A few beans in a throwaway context, not a
 * second application context (the mail-on path runs in the shared one: {@link NotificationMailTest}).
 */
class NotificationMailConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    @Import(NotificationMailer.class)
    static class MailerOnly {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailerOnly.class)
            .withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=2525");

    @Test
    void mailIsOffByDefaultEvenWithAMailServerConfigured() {
        context.run(c -> {
            assertThat(c).hasSingleBean(JavaMailSender.class).doesNotHaveBean(NotificationMailer.class);
            assertThat(c.getBean(NotificationProperties.class).mail().enabled()).isFalse();
        });
    }

    @Test
    void mailStaysOffWhenSwitchedOffExplicitly() {
        context.withPropertyValues("app.notifications.mail.enabled=false")
                .run(c -> assertThat(c).doesNotHaveBean(NotificationMailer.class));
    }

    @Test
    void theDefaultsAreADailyMorningRunAndATwoWorkingDayWindow() {
        context.run(c -> {
            NotificationProperties p = c.getBean(NotificationProperties.class);
            assertThat(p.deadlineCron()).isEqualTo("0 0 8 * * *");
            assertThat(p.deadlineWarningWorkingDays()).isEqualTo(2);
            assertThat(p.mail().from()).isEqualTo("noreply@talentbridge.local");
        });
    }
}
