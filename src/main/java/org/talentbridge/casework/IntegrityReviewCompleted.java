package org.talentbridge.casework;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.engine.BusinessTasks;

/** {@code Task_IntegrityReview} complete listener: the case follows the integrity officer's decision. */
@Component("integrityReviewCompleted")
class IntegrityReviewCompleted implements TaskListener {

    private final CaseProgress cases;

    IntegrityReviewCompleted(CaseProgress cases) {
        this.cases = cases;
    }

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
        cases.integrityReviewed(((Number) task.getVariable(TitleApplicationProcess.VAR_CASE_ID)).longValue(),
                IntegrityDecision.valueOf(decision.toString()), (String) task.getVariable(TitleApplicationProcess.VAR_INTEGRITY_REASON));
    }
}
