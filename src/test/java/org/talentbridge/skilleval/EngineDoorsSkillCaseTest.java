package org.talentbridge.skilleval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.account.AccountView;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.engine.EngineRestClient;
import org.talentbridge.shared.policy.SkillLevel;

/**
 * Issue 13, items 11 and 12, for skill cases (pathway S): the skill evaluation is recorded only through the
 * evaluation screen, and deleting a skill case's process instance cancels the case.
 */
class EngineDoorsSkillCaseTest extends SkillEvaluationTestSupport {

    @Autowired
    private AuditLog audit;

    private String status(String caseNumber) {
        return jdbc.queryForObject("select status from tb.skill_case where case_number = ?", String.class, caseNumber);
    }

    private String instanceOf(String caseNumber) {
        return jdbc.queryForObject("select process_instance_id from tb.skill_case where case_number = ?", String.class, caseNumber);
    }

    @Test
    void anAdministratorCannotPassASkillEvaluationThroughTheEngineRestApi() throws Exception {
        titledElectrician("doorskl");
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", null, null);

        EngineRestClient.Answer answer = new EngineRestClient(port).post("/task/" + taskOf(c.caseNumber()) + "/complete",
                "{\"variables\": {\"passed\": {\"value\": true}}}", "en");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.message()).contains(SkillEvaluationProcess.TASK_EVALUATION);
        assertThat(status(c.caseNumber())).isEqualTo("EVALUATION");
    }

    @Test
    void theEvaluatorStillRecordsTheAssessmentThroughItsService() {
        titledElectrician("doorsklsvc");
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", null, null);

        assertThat(assess(c.caseNumber(), 85, 80).status()).isEqualTo(SkillCaseStatus.PASSED);
    }

    @Test
    void deletingASkillCaseInstance_cancelsTheCase_auditedAndTold_andTheApplicantMayApplyForTheLevelAgain() throws Exception {
        AccountView applicant = titledElectrician("doorskldel");
        SkillCaseSummary c = submit(SkillLevel.TECHNICIAN, "电工", null, null);

        EngineRestClient.Answer answer = new EngineRestClient(port).delete("/process-instance/" + instanceOf(c.caseNumber()), "en");

        assertThat(answer.status()).isEqualTo(204);
        assertThat(status(c.caseNumber())).isEqualTo("CANCELLED");
        AuditEvent cancelled = audit.history("case:" + c.caseNumber()).stream()
                .filter(e -> e.getAction().equals("skillCase.cancelled")).findFirst().orElseThrow();
        assertThat(cancelled.getActor()).isEqualTo("admin");
        assertThat(jdbc.queryForList("select message_args::text from tb.notification where recipient = ? and case_number = ?",
                String.class, applicant.username(), c.caseNumber())).anySatisfy(args ->
                assertThat(args).contains("skilleval.status.CANCELLED"));

        SkillSubmission again = as(applicant, () -> skillCases.submit(new SkillApplication(SkillLevel.TECHNICIAN, "电工", null, null)));
        assertThat(again.created()).isTrue();
        assertThat(again.summary().caseNumber()).isNotEqualTo(c.caseNumber());
        assertThat(again.summary().status()).isEqualTo(SkillCaseStatus.EVALUATION);
    }
}
