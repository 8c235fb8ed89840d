package org.talentbridge.casework;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.engine.BusinessTasks;

/**
 * {@code Task_EmployerReview} complete listener: a confirmation is recorded; a confirmed case's qualification review is
 * due the round's working days from now. The case's next status (qualification review, or correction with the
 * reviewReason and correctionDeadline variables) is declared in the model.
 */
@Component("employerReviewCompleted")
class EmployerReviewCompleted implements TaskListener {

    /** Local variable of the completed task: the post the employer confirmed (rule E), or null. */
    static final String VAR_POST_CONFIRMATION = "postConfirmation";

    private final CaseProgress cases;

    EmployerReviewCompleted(CaseProgress cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!BusinessTasks.completingThroughService()) {
            return; // refused as the task's activity ends (EngineHardeningPlugin): the caller reads why, not this check
        }
        Object decision = task.getVariable(TitleApplicationProcess.VAR_EMPLOYER_DECISION);
        if (decision == null) {
            throw new IllegalStateException("complete Task_EmployerReview with the variable "
                    + TitleApplicationProcess.VAR_EMPLOYER_DECISION + " = CONFIRM | RETURN");
        }
        long caseId = ((Number) task.getVariable(TitleApplicationProcess.VAR_CASE_ID)).longValue();
        EmployerDecision employerDecision = EmployerDecision.valueOf(decision.toString());
        String post = (String) task.getVariableLocal(VAR_POST_CONFIRMATION);
        cases.employerDecided(caseId, employerDecision, task.getAssignee(), post == null || post.isBlank() ? null : post);
        if (employerDecision == EmployerDecision.CONFIRM) {
            task.getExecution().setVariable(TitleApplicationProcess.VAR_REVIEW_DUE, cases.reviewDue(caseId));
        }
    }
}
