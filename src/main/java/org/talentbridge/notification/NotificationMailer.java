package org.talentbridge.notification;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * E-mail copies of notifications, only with {@code app.notifications.mail.enabled=true} and a mail server
 * ({@code spring.mail.host}). Mails leave after the notifying transaction has committed, one at a time on a
 * thread of their own, so a slow or absent mail server never holds up or fails a business transaction: a
 * refused mail is logged and its notification marked FAILED.
 */
@Component
@ConditionalOnProperty(name = "app.notifications.mail.enabled", havingValue = "true")
class NotificationMailer implements DisposableBean {

    /** One mail: the notification's id (to mark the outcome), the address, and what the notification says. */
    record Mail(long notificationId, String email, NotificationKind kind, String messageKey, List<String> args,
                String link) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    private final JavaMailSender sender;
    private final NotificationProperties.Mail properties;
    private final NotificationText text;
    private final JdbcTemplate jdbc;
    private final Locale locale;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    NotificationMailer(ObjectProvider<JavaMailSender> sender, NotificationProperties properties, NotificationText text,
                       JdbcTemplate jdbc) {
        this.sender = sender.getIfAvailable();
        this.properties = properties.mail();
        this.text = text;
        this.jdbc = jdbc;
        this.locale = Locale.forLanguageTag(this.properties.language());
        if (this.sender == null) {
            LOG.warn("app.notifications.mail.enabled is true but no mail server is configured (spring.mail.host): no mail is sent");
        }
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(10_000);
        executor.setThreadNamePrefix("notification-mail-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    boolean isActive() {
        return sender != null;
    }

    /** Queues the mails; never throws (called after commit). */
    void sendLater(List<Mail> mails) {
        try {
            executor.execute(() -> mails.forEach(this::send));
        } catch (RejectedExecutionException e) {
            LOG.warn("mail queue full: {} notification mails stay PENDING", mails.size());
        }
    }

    private void send(Mail mail) {
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.from());
            message.setTo(mail.email());
            message.setSubject(text.message("notification.mail.subject", locale, text.label(mail.kind(), locale)));
            String body = text.render(mail.messageKey(), mail.args(), locale);
            if (mail.link() != null) {
                String base = properties.baseUrl().endsWith("/") ? properties.baseUrl() : properties.baseUrl() + "/";
                body += "\n\n" + text.message("notification.mail.link", locale, base + mail.link());
            }
            message.setText(body);
            sender.send(message);
            mark(mail, "SENT");
        } catch (RuntimeException e) {
            LOG.warn("notification {} not mailed to {}: {}", mail.notificationId(), mail.email(), e.toString());
            mark(mail, "FAILED");
        }
    }

    private void mark(Mail mail, String status) {
        try {
            jdbc.update("update tb.notification set mail_status = ?, mailed_at = now() where id = ?", status,
                    mail.notificationId());
        } catch (RuntimeException e) {
            LOG.warn("mail status of notification {} not recorded: {}", mail.notificationId(), e.toString());
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
