package org.talentbridge.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_Lapse}: the correction deadline passed without a correction; the case lapses. */
@Component("lapseTitleCase")
class LapseTitleCase implements JavaDelegate {

    private final CaseProgress cases;

    LapseTitleCase(CaseProgress cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.lapse(((Number) execution.getVariable(TitleApplicationProcess.VAR_CASE_ID)).longValue());
    }
}
