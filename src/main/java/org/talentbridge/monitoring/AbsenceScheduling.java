package org.talentbridge.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.talentbridge.shared.scheduling.OncePerCluster;

/**
 * Runs {@link Absences#sweep()} once at start-up and on {@code app.monitoring.absence-sweep-cron} (default a minute past
 * midnight, when periods start; "-": never, the test profile's choice), on one node only however many run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AbsenceScheduling implements SchedulingConfigurer {

    static final String LOCK = "absence-sweep";
    private static final Logger LOG = LoggerFactory.getLogger(AbsenceScheduling.class);

    private final MonitoringProperties properties;
    private final Absences absences;
    private final OncePerCluster once;

    AbsenceScheduling(MonitoringProperties properties, Absences absences, OncePerCluster once) {
        this.properties = properties;
        this.absences = absences;
        this.once = once;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!"-".equals(properties.absenceSweepCron())) {
            registrar.addCronTask(once.wrap(LOCK, this::sweep), properties.absenceSweepCron());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        once.run(LOCK, this::sweep);
    }

    private void sweep() {
        int moved = absences.sweep();
        if (moved > 0) {
            LOG.info("absence sweep: {} tasks handed to substitutes", moved);
        }
    }
}
