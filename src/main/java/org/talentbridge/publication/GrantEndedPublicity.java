package org.talentbridge.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.security.RunAs;

/**
 * {@code Task_GrantCleanCases}: the period of a publicity list has ended; its cases without an open or sustained
 * objection are granted, as the system acting for the committee office. A failure (or a node whose clock says the
 * period still runs) fails the timer's job: the engine retries it and, after the last retry, raises an incident.
 */
@Component("grantEndedPublicity")
class GrantEndedPublicity implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(GrantEndedPublicity.class);

    private final PublicationService publication;

    GrantEndedPublicity(PublicationService publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(PublicityPeriodProcess.VAR_PUBLICITY_ID)).longValue();
        int granted = RunAs.run(AuditLog.SYSTEM, "ROLE_COMMITTEE_SECRETARY",
                () -> publication.grantAfterPeriod(id)).size();
        log.info("publicity {}: period ended, {} cases granted", id, granted);
    }
}
