package org.talentbridge.investigation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The investigation process's delegates: each reads the investigation id and calls the feature code. */
@Configuration
class InvestigationDelegates {

    private static long idOf(DelegateExecution execution) {
        return ((Number) execution.getVariable(InvestigationProcess.VAR_INVESTIGATION_ID)).longValue();
    }

    /** {@code Task_ApplyFinding}: the approved finding's consequences. */
    @Bean
    JavaDelegate applyIntegrityFinding(InvestigationConsequences consequences) {
        return execution -> consequences.applyFinding(idOf(execution));
    }

    /** {@code Task_CloseUnfounded}: objections answered unfounded, referred cases resume. */
    @Bean
    JavaDelegate closeInvestigationUnfounded(InvestigationConsequences consequences) {
        return execution -> consequences.closeUnfounded(idOf(execution));
    }

    /**
     * Complete listener named by the investigation's user tasks in the BPMN. Every user task of every process now
     * refuses completion outside its service (the engine's built-in guard, {@link
     * org.talentbridge.shared.engine.BusinessTasks}); the bean stays for the deployed process versions that name it.
     */
    @Bean
    org.camunda.bpm.engine.delegate.TaskListener investigationTaskGuard() {
        return task -> {
        };
    }

    /** {@code BoundaryEvent_StatementDeadline}: the statement did not come in time. */
    @Bean
    ExecutionListener statementDeadlinePassed(InvestigationService investigations) {
        return execution -> investigations.statementDeadlinePassed(idOf(execution));
    }
}
