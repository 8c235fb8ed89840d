package org.talentbridge.casework;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.engine.BusinessTasks;

/**
 * {@code Task_IntegrityReview} complete listener: a decision is required. The case follows it in the model: cleared to
 * publicity, referred to {@code Task_Investigation} (HELD, then the referral announced) with the integrityReason.
 */
@Component("integrityReviewCompleted")
class IntegrityReviewCompleted implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!BusinessTasks.completingThroughService()) {
            return; // refused as the task's activity ends (EngineHardeningPlugin): the caller reads why, not this check
        }
        Object decision = task.getVariable(TitleApplicationProcess.VAR_INTEGRITY_DECISION);
        if (decision == null) {
            throw new IllegalStateException("complete Task_IntegrityReview with the variable "
                    + TitleApplicationProcess.VAR_INTEGRITY_DECISION + " = CLEAR | REFER");
        }
        IntegrityDecision.valueOf(decision.toString()); // CLEAR | REFER, or refused here
    }
}
