package org.talentbridge.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_Screening}: screens the case on its frozen profile and tells the process whether it may go on,
 * or must wait for the committee secretary's series decision; an eligible case goes to its employer. */
@Component("screenTitleCase")
class ScreenTitleCase implements JavaDelegate {

    private final CaseProgress cases;

    ScreenTitleCase(CaseProgress cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(TitleApplicationProcess.VAR_CASE_ID)).longValue();
        ScreeningOutcome outcome = cases.screen(caseId);
        execution.setVariable(TitleApplicationProcess.VAR_ELIGIBLE, outcome.eligible());
        execution.setVariable(TitleApplicationProcess.VAR_NEEDS_SERIES_DECISION, outcome.needsSeriesDecision());
        if (outcome.series() != null) {
            // a series the secretary decided since submission: the inbox's series filter finds the case under it
            execution.setVariable(TitleApplicationProcess.VAR_SERIES, outcome.series());
        }
        if (outcome.eligible() && !outcome.needsSeriesDecision()) {
            execution.setVariable(TitleApplicationProcess.VAR_EMPLOYER_GROUP, cases.employerGroup(caseId));
            execution.setVariable(TitleApplicationProcess.VAR_EMPLOYER_REVIEW_DUE, cases.reviewDue(caseId));
        }
    }
}
