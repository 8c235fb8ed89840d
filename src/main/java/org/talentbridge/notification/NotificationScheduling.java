package org.talentbridge.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the deadline warnings on {@code app.notifications.deadline-cron} ("-": never; the test profile's choice). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationScheduling implements SchedulingConfigurer {

    private final NotificationProperties properties;
    private final DeadlineWarnings warnings;

    NotificationScheduling(NotificationProperties properties, DeadlineWarnings warnings) {
        this.properties = properties;
        this.warnings = warnings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!"-".equals(properties.deadlineCron())) {
            registrar.addCronTask(warnings::warnOfDeadlines, properties.deadlineCron());
        }
    }
}
