package org.talentbridge.casework;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The case status from the model (decision 0005): every element of {@code processes/title-application.bpmn} that puts a
 * title case in a stage declares a start execution listener {@code ${caseStatus.enter(execution, 'STATUS', reason,
 * deadline)}} naming the status and the process variables its reason and correction deadline come from, so the model
 * shows every status and no service repeats it. An expression and not a delegate with injected fields: this bean is
 * shared by every execution. Public because the engine's expression language calls only public classes' methods.
 */
@Component("caseStatus")
public class CaseStatusListener {

    private final CaseProgress progress;

    CaseStatusListener(CaseProgress progress) {
        this.progress = progress;
    }

    /** The case of the execution enters {@code status} ({@link CaseStatus}); a move to the status it has is ignored. */
    public void enter(DelegateExecution execution, String status, Object reason, Object deadline) {
        progress.enter(caseIdOf(execution), CaseStatus.valueOf(status), reason == null ? null : reason.toString(),
                (Date) deadline);
    }

    /**
     * {@code Task_Investigation}, after {@code HELD}: the referral is announced ({@link CaseReferred}) so that an
     * investigation opens, in this transaction, on a case already held.
     */
    public void referred(DelegateExecution execution) {
        progress.referred(caseIdOf(execution), (String) execution.getVariable(TitleApplicationProcess.VAR_INTEGRITY_REASON));
    }

    private static long caseIdOf(DelegateExecution execution) {
        return ((Number) execution.getVariable(TitleApplicationProcess.VAR_CASE_ID)).longValue();
    }
}
