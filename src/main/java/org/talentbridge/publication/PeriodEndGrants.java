package org.talentbridge.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.scheduling.OncePerCluster;
import org.talentbridge.shared.security.RunAs;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * At the end of a publicity period its cases without an open or sustained objection are granted (issue 5, item 5):
 * every night ({@code app.publication.grant-cron}) for every list whose period has ended, as the system acting for the
 * committee office, on one node only however many run. The secretary's button does the same at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class PeriodEndGrants implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PeriodEndGrants.class);

    private final PublicationService publication;
    private final PublicationProperties properties;
    private final OncePerCluster once;

    PeriodEndGrants(PublicationService publication, PublicationProperties properties, OncePerCluster once) {
        this.publication = publication;
        this.properties = properties;
        this.once = once;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!"-".equals(properties.grantCron())) {
            registrar.addCronTask(once.wrap("publicity-period-end-grants", this::grantEndedPeriods), properties.grantCron());
        }
    }

    /** Grants the clean cases of every ended period; returns how many were granted now. */
    public int grantEndedPeriods() {
        return RunAs.run(AuditLog.SYSTEM, "ROLE_COMMITTEE_SECRETARY", () -> {
            int granted = 0;
            for (PublicityView p : publication.past()) {
                try {
                    granted += publication.grantAfterPeriod(p.id()).size();
                } catch (InvalidInputException e) {
                    log.debug("publicity {} not ended yet", p.id());
                } catch (RuntimeException e) {
                    // one list that fails must not keep the others from their grant: log it, go on, retry next night
                    log.error("granting the cases of publicity {} failed", p.id(), e);
                }
            }
            return granted;
        });
    }
}
