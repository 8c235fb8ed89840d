package org.talentbridge.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.api.HttpApi.Answer;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;

/** {@code /api/employer-reviews} over real HTTP: the employer reviewer's own employer's reviews, confirm and return. */
class EmployerReviewApiTest extends CaseApiTestSupport {

    @Autowired
    private TaskService engineTasks;
    @Autowired
    private AuditLog audit;

    private static Map<String, Object> confirmation(Object workHistory, Object assessments, String post) {
        Map<String, Object> body = new HashMap<>();
        body.put("workHistoryConfirmed", workHistory);
        body.put("assessmentsConfirmed", assessments);
        body.put("postConfirmation", post);
        return body;
    }

    /** The review task of {@code caseNumber} as {@code reviewer}'s list shows it (found by the case-number search). */
    private String reviewOf(String caseNumber, AccountView reviewer) throws Exception {
        Answer page = api.get("/api/employer-reviews?caseNumber=" + caseNumber, reviewer.username());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body().path("total").asInt()).as(page.toString()).isEqualTo(1);
        assertThat(page.body().path("items").get(0).path("case").path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(page.body().path("items").get(0).path("case").path("status").asText()).isEqualTo("EMPLOYER_REVIEW");
        return page.body().path("items").get(0).path("taskId").asText();
    }

    private String statusOf(String caseNumber, AccountView applicant) throws Exception {
        Answer details = api.get("/api/cases/" + caseNumber, applicant.username());
        assertThat(details.status()).as(details.toString()).isEqualTo(200);
        return details.body().path("summary").path("status").asText();
    }

    @Test
    void theEmployersReviewerListsAndConfirmsTheCaseWhichGoesToQualificationReview() throws Exception {
        AccountView applicant = applicant();
        String caseNumber = submit(applicant);
        AccountView hr = employerReviewer(SHIPYARD);
        String taskId = reviewOf(caseNumber, hr);
        assertThat(api.get("/api/employer-reviews?limit=5", hr.username()).body().path("limit").asInt()).isEqualTo(5);

        Answer confirmed = api.post("/api/employer-reviews/" + taskId + "/confirm", hr.username(), confirmation(true, true, null));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);

        assertThat(statusOf(caseNumber, applicant)).isEqualTo("QUALIFICATION_REVIEW");
        assertThat(api.get("/api/employer-reviews?caseNumber=" + caseNumber, hr.username()).body().path("total").asInt()).isZero();
        Answer again = api.post("/api/employer-reviews/" + taskId + "/confirm", hr.username(), confirmation(true, true, null));
        assertThat(again.status()).as(again.toString()).isEqualTo(404);
        assertThat(audit.history("case:" + caseNumber)).filteredOn(e -> e.getAction().equals("employer.confirm"))
                .extracting(AuditEvent::getActor).containsExactly(hr.username());
    }

    @Test
    void returningNeedsAReasonAndGivesTheCaseBackToTheApplicant() throws Exception {
        AccountView applicant = applicant();
        String caseNumber = submit(applicant);
        AccountView hr = employerReviewer(SHIPYARD);
        String taskId = reviewOf(caseNumber, hr);
        String path = "/api/employer-reviews/" + taskId + "/return";

        assertThat(api.post(path, hr.username(), Map.of()).fields()).containsExactly("reason");
        assertThat(api.post(path, hr.username(), Map.of("reason", "   ")).fields()).containsExactly("reason");
        assertThat(api.post(path, hr.username(), Map.of("reason", "x".repeat(1001))).fields()).containsExactly("reason");
        assertThat(statusOf(caseNumber, applicant)).isEqualTo("EMPLOYER_REVIEW");

        Answer returned = api.post(path, hr.username(), Map.of("reason", "请补充 2023 年度考核证明"));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(204);
        Answer details = api.get("/api/cases/" + caseNumber, applicant.username());
        assertThat(details.body().path("summary").path("status").asText()).isEqualTo("CORRECTION");
        assertThat(details.toString()).contains("请补充 2023 年度考核证明");
    }

    @Test
    void aConfirmationMustConfirmBothAndThePostHasALimitEachErrorNamingItsField() throws Exception {
        String caseNumber = submit(applicant());
        AccountView hr = employerReviewer(SHIPYARD);
        String path = "/api/employer-reviews/" + reviewOf(caseNumber, hr) + "/confirm";

        assertThat(api.post(path, hr.username(), confirmation(false, true, null)).fields()).containsExactly("workHistoryConfirmed");
        assertThat(api.post(path, hr.username(), confirmation(true, null, null)).fields()).containsExactly("assessmentsConfirmed");
        assertThat(api.post(path, hr.username(), confirmation(true, true, "岗".repeat(201))).fields()).containsExactly("postConfirmation");
        assertThat(api.post(path, hr.username(), confirmation("yes", true, null)).fields()).containsExactly("workHistoryConfirmed");
        assertThat(api.post(path, hr.username(), confirmation(true, true, null)).status()).isEqualTo(204);
    }

    @Test
    void onlyTheCasesOwnEmployerReviewsItOthersGet404AndOtherRoles403() throws Exception {
        AccountView applicant = applicant();
        String caseNumber = submit(applicant);
        String taskId = reviewOf(caseNumber, employerReviewer(SHIPYARD));
        AccountView stranger = employerReviewer("别家单位测试有限公司");

        assertThat(api.get("/api/employer-reviews?caseNumber=" + caseNumber, stranger.username()).body().path("total").asInt()).isZero();
        assertThat(api.post("/api/employer-reviews/" + taskId + "/confirm", stranger.username(), confirmation(true, true, null))
                .status()).isEqualTo(404);
        assertThat(api.post("/api/employer-reviews/" + taskId + "/return", stranger.username(), Map.of("reason", "x"))
                .status()).isEqualTo(404);
        for (AccountView other : java.util.List.of(applicant, reviewer())) {
            assertThat(api.get("/api/employer-reviews", other.username()).status()).isEqualTo(403);
            assertThat(api.post("/api/employer-reviews/" + taskId + "/confirm", other.username(), confirmation(true, true, null))
                    .status()).isEqualTo(403);
        }
        assertThat(api.get("/api/employer-reviews", null).status()).isEqualTo(401);
        assertThat(statusOf(caseNumber, applicant)).isEqualTo("EMPLOYER_REVIEW");
    }

    @Test
    void aReviewHeldByAnotherReviewerOfTheEmployerIs409NamingThem() throws Exception {
        String caseNumber = submit(applicant());
        AccountView holder = employerReviewer(SHIPYARD);
        AccountView other = employerReviewer(SHIPYARD);
        String taskId = reviewOf(caseNumber, holder);
        engineTasks.claim(taskId, holder.username()); // the holder has it open on the review screen
        assertThat(engineTasks.createTaskQuery().taskId(taskId).taskDefinitionKey(TitleApplicationProcess.TASK_EMPLOYER_REVIEW)
                .singleResult().getAssignee()).isEqualTo(holder.username());

        Answer confirm = api.post("/api/employer-reviews/" + taskId + "/confirm", other.username(), confirmation(true, true, null));
        Answer returned = api.post("/api/employer-reviews/" + taskId + "/return", other.username(), Map.of("reason", "x"));

        for (Answer answer : java.util.List.of(confirm, returned)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
            assertThat(answer.text("holder")).isEqualTo(holder.username());
        }
        assertThat(api.post("/api/employer-reviews/" + taskId + "/confirm", holder.username(), confirmation(true, true, null))
                .status()).isEqualTo(204);
    }

    @Test
    void pagingOutsideItsBoundsIs400NamingTheParameter() throws Exception {
        AccountView hr = employerReviewer(SHIPYARD);
        assertThat(api.get("/api/employer-reviews?limit=201", hr.username()).fields()).containsExactly("limit");
        assertThat(api.get("/api/employer-reviews?offset=-1", hr.username()).fields()).containsExactly("offset");
        assertThat(api.get("/api/employer-reviews?limit=200", hr.username()).status()).isEqualTo(200);
    }
}
