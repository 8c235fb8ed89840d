package org.talentbridge.skilleval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_Grant}: a passed assessment grants the skill level (certificate and record). */
@Component("grantSkillLevel")
class GrantSkillLevel implements JavaDelegate {

    private final SkillCaseService cases;

    GrantSkillLevel(SkillCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.grant(((Number) execution.getVariable(SkillEvaluationProcess.VAR_CASE_ID)).longValue());
    }
}
