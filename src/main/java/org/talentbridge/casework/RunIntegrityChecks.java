package org.talentbridge.casework;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_IntegrityChecks}: the automatic integrity checks (I.1-I.5) on a case the panel passed. */
@Component("runIntegrityChecks")
class RunIntegrityChecks implements JavaDelegate {

    private final IntegrityChecks checks;
    private final CaseProgress cases;

    RunIntegrityChecks(IntegrityChecks checks, CaseProgress cases) {
        this.checks = checks;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(TitleApplicationProcess.VAR_CASE_NUMBER);
        long caseId = ((Number) execution.getVariable(TitleApplicationProcess.VAR_CASE_ID)).longValue();
        execution.setVariable(TitleApplicationProcess.VAR_INTEGRITY_FLAGGED,
                cases.integrityChecked(caseId, checks.flagsOf(List.of(caseNumber))));
    }
}
