package org.talentbridge.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.engine.EngineRestClient;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Issue 13, item 11, for integrity investigations: an investigation ends only by a decision on its screen, so
 * deleting its process instance in Cockpit or through the engine REST API is refused, and it stays open.
 */
class EngineDoorsInvestigationTest extends IntegrationTest {

    @Autowired
    private InvestigationService investigations;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RuntimeService runtime;

    private String openInvestigation(String prefix) {
        AccountView applicant = eligibleWelder(prefix);
        String caseNumber = as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术",
                TitleLevel.INTERMEDIATE, true)).caseNumber());
        return as(accounts.findByUsername("integrity").orElseThrow(), () -> investigations.report(new ReportRequest(
                applicant.idNumber(), applicant.displayName(), List.of(caseNumber), List.of(), "群众举报：证书造假")));
    }

    @Test
    void deletingAnInvestigationInstanceThroughTheEngineRestApiIsRefused_andTheInvestigationGoesOn() throws Exception {
        String number = openInvestigation("doorinv");
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();

        EngineRestClient.Answer answer = new EngineRestClient(port).delete("/process-instance/" + instance.getId(), "en");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.message()).contains(number).contains("cannot be deleted").contains("investigation screen");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        assertThat(as(accounts.findByUsername("integrity").orElseThrow(), () -> investigations.detail(number)).status())
                .isEqualTo(InvestigationStatus.INVESTIGATING);
    }

    @Test
    void skippingCustomListenersDoesNotGetAroundTheRefusal() throws Exception {
        String number = openInvestigation("doorinvskip");
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();

        EngineRestClient.Answer answer = new EngineRestClient(port).delete("/process-instance/" + instance.getId()
                + "?skipCustomListeners=true", "zh-CN");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.message()).contains("不能在 Cockpit 中或通过引擎 REST API 删除");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    }
}
