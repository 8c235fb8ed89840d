package org.talentbridge.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param deadlineCron               when the deadline warnings are sent (Spring cron, the server's zone); "-" turns
 *                                   the schedule off (the job stays callable)
 * @param deadlineWarningWorkingDays a task due by the end of this many working days after today is "near"
 * @param mail                       e-mail copies of notifications
 */
@Validated
@ConfigurationProperties("app.notifications")
public record NotificationProperties(@DefaultValue("0 0 8 * * *") @NotBlank String deadlineCron,
                                     @DefaultValue("2") @PositiveOrZero int deadlineWarningWorkingDays,
                                     @DefaultValue @Valid Mail mail) {

    /**
     * @param enabled  send each notification to the recipient's e-mail address too (needs {@code spring.mail.host})
     * @param from     the sender address
     * @param baseUrl  where the application is reached, for the link in the mail
     * @param language the language of the mail (the recipient's choice on screen is not known to the server)
     */
    public record Mail(@DefaultValue("false") boolean enabled,
                       @DefaultValue("noreply@talentbridge.local") @NotBlank String from,
                       @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
                       @DefaultValue("zh-CN") @NotBlank String language) {
    }
}
