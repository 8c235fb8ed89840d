package org.talentbridge.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_Screening}: screens the case on its frozen profile and tells the process whether it may go on. */
@Component("screenTitleCase")
class ScreenTitleCase implements JavaDelegate {

    private final TitleCaseService cases;

    ScreenTitleCase(TitleCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(TitleApplicationProcess.VAR_CASE_ID)).longValue();
        execution.setVariable(TitleApplicationProcess.VAR_ELIGIBLE, cases.screen(caseId));
        execution.setVariable(TitleApplicationProcess.VAR_REVIEW_DUE, cases.reviewDue(caseId));
    }
}
