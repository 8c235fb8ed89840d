package org.talentbridge.casework;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.engine.BusinessTasks;

/** {@code Task_QualificationReview} complete listener: the case status follows the reviewer's decision. */
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
                ReviewDecision.valueOf(decision.toString()),
                (String) task.getVariable(TitleApplicationProcess.VAR_REVIEW_REASON),
                (java.util.Date) task.getVariable(TitleApplicationProcess.VAR_CORRECTION_DEADLINE));
    }
}
