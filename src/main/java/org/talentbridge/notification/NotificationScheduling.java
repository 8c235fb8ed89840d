package org.talentbridge.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.talentbridge.shared.scheduling.OncePerCluster;

/**
 * Runs the deadline warnings on {@code app.notifications.deadline-cron} ("-": never; the test profile's choice), on one
 * node only however many run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationScheduling implements SchedulingConfigurer {

    private final NotificationProperties properties;
    private final DeadlineWarnings warnings;
    private final OncePerCluster once;

    NotificationScheduling(NotificationProperties properties, DeadlineWarnings warnings, OncePerCluster once) {
        this.properties = properties;
        this.warnings = warnings;
        this.once = once;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!"-".equals(properties.deadlineCron())) {
            registrar.addCronTask(once.wrap("deadline-warnings", warnings::warnOfDeadlines), properties.deadlineCron());
        }
    }
}
