package org.talentbridge.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_Grant}: the publicity period ended without a sustained objection; the title is granted. */
@Component("grantTitle")
class GrantTitle implements JavaDelegate {

    private final CaseProgress cases;

    GrantTitle(CaseProgress cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.grant(((Number) execution.getVariable(TitleApplicationProcess.VAR_CASE_ID)).longValue());
    }
}
