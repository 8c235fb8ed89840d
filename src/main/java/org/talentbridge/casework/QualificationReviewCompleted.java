package org.talentbridge.casework;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_QualificationReview} complete listener: the case moves on to the committee stage. */
@Component("qualificationReviewCompleted")
class QualificationReviewCompleted implements TaskListener {

    private final TitleCaseService cases;

    QualificationReviewCompleted(TitleCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        cases.markReadyForCommittee(((Number) task.getVariable(TitleApplicationProcess.VAR_CASE_ID)).longValue());
    }
}
