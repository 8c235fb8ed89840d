package org.talentbridge.casework;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.engine.BusinessTasks;

/**
 * {@code Task_QualificationReview} complete listener: a decision is required, and audited; the case status it leads
 * to is declared in the model (committee, correction, or rejected with the reviewReason variable).
 */
@Component("qualificationReviewCompleted")
class QualificationReviewCompleted implements TaskListener {

    private final CaseProgress cases;

    QualificationReviewCompleted(CaseProgress cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!BusinessTasks.completingThroughService()) {
            return; // refused as the task's activity ends (EngineHardeningPlugin): the caller reads why, not this check
        }
        Object decision = task.getVariable(TitleApplicationProcess.VAR_REVIEW_DECISION);
        if (decision == null) {
            // completing the review without a decision (from Tasklist, say) is refused: the task stays open
            throw new IllegalStateException("complete Task_QualificationReview with the variable "
                    + TitleApplicationProcess.VAR_REVIEW_DECISION + " = APPROVE | RETURN | REJECT");
        }
        cases.reviewDecided(((Number) task.getVariable(TitleApplicationProcess.VAR_CASE_ID)).longValue(),
                ReviewDecision.valueOf(decision.toString()));
    }
}
