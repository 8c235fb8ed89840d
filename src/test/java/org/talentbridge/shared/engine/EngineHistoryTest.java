package org.talentbridge.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.casework.CaseSummary;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Decision 0011: the engine keeps history level FULL but writes no detail row per variable write; what the monitoring
 * screens and Cockpit read (variables of running and ended instances, activities, the user operation log) is there.
 */
class EngineHistoryTest extends IntegrationTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;
    @Autowired
    private TaskService tasks;
    @Autowired
    private IdentityService identity;
    @Autowired
    private ProcessEngineConfigurationImpl engine;

    @Test
    void aSubmissionWritesItsVariablesAndActivitiesButNoVariableDetailRows() {
        signIn(eligibleWelder("hist"));
        CaseSummary c = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNumber()).singleResult().getId();

        assertThat(engine.getHistoryLevel().getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(TitleApplicationProcess.VAR_CASE_NUMBER).singleResult())
                .extracting(HistoricVariableInstance::getValue).isEqualTo(c.caseNumber());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId(TitleApplicationProcess.TASK_SCREENING).finished().count()).isEqualTo(1);

        // the user operation log (Cockpit, the engine's REST API) is still written at FULL
        Task review = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        identity.setAuthentication("admin", java.util.List.of("ADMIN"));
        try {
            tasks.setPriority(review.getId(), 70);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(history.createUserOperationLogQuery().taskId(review.getId()).list())
                .extracting(UserOperationLogEntry::getOperationType).contains(UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY);
    }
}
