package org.talentbridge.skilleval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_Screening}: screens the case on its frozen profile and routes an eligible one to its organisation. */
@Component("screenSkillCase")
class ScreenSkillCase implements JavaDelegate {

    private final SkillCaseService cases;

    ScreenSkillCase(SkillCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(SkillEvaluationProcess.VAR_CASE_ID)).longValue();
        SkillCaseService.Routing routing = cases.screen(caseId);
        execution.setVariable(SkillEvaluationProcess.VAR_ELIGIBLE, routing.eligible());
        execution.setVariable(SkillEvaluationProcess.VAR_DIRECT, routing.direct());
        if (routing.eligible()) {
            execution.setVariable(SkillEvaluationProcess.VAR_EVALUATOR_GROUP, routing.evaluatorGroup());
            execution.setVariable(SkillEvaluationProcess.VAR_CHANNEL, routing.channel().name());
            execution.setVariable(SkillEvaluationProcess.VAR_THEORY_EXEMPT, routing.theoryExempt());
        }
    }
}
