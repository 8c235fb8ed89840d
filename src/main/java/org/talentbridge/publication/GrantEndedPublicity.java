package org.talentbridge.publication;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_GrantCleanCases} of a version 1 instance of {@code processes/publicity-period.bpmn} (published before
 * version 2, still waiting at its timer): it no longer grants the whole list in the timer's transaction but hands the
 * list over to a version 2 instance started at {@code StartEvent_GrantRequested}, which grants one entry per job; this
 * one then ends. Refused while the period runs by this node's clock (the timer's job is retried, R5/PT10M).
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
        publication.entriesToGrant(id); // the period is over by this node's clock, or the job fails
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(
                PublicityPeriodProcess.MESSAGE_GRANT_REQUESTED, PublicityPeriodProcess.businessKey(id),
                Map.of(PublicityPeriodProcess.VAR_PUBLICITY_ID, id));
        log.info("publicity {}: period ended, handed over from version 1 to one grant job per entry", id);
    }
}
