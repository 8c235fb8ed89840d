package org.talentbridge.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.security.RunAs;

/**
 * {@code Task_GrantEntry}: one job, one entry of the list ({@code loopCounter}), granted in the job's own transaction
 * as the system acting for the committee office ({@link PublicationService#grantEntry}).
 */
@Component("grantPublicityEntry")
class GrantPublicityEntry implements JavaDelegate {

    private final PublicationService publication;

    GrantPublicityEntry(PublicationService publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(PublicityPeriodProcess.VAR_PUBLICITY_ID)).longValue();
        int index = ((Number) execution.getVariable("loopCounter")).intValue();
        RunAs.run(AuditLog.SYSTEM, "ROLE_COMMITTEE_SECRETARY", () -> publication.grantEntry(id, index));
    }
}
