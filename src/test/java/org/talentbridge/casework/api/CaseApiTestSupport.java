package org.talentbridge.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.api.HttpApi.Answer;

/** What the case and task API tests share: an HTTP client, applicants with an eligible profile, reviewers. */
abstract class CaseApiTestSupport extends IntegrationTest {

    /** The welder of {@link #eligibleWelder}: series 工程技术, up to INTERMEDIATE. */
    static final Map<String, Object> WELDER_APPLICATION = Map.of("occupationName", "焊工", "series", "工程技术",
            "targetLevel", "INTERMEDIATE", "ethicsDeclaration", true);

    protected HttpApi api;

    @Autowired
    private TaskService tasks;

    @BeforeEach
    void client() {
        api = new HttpApi(url(""), DEMO_PASSWORD);
    }

    /** A new applicant with a profile that screening admits (password {@link #DEMO_PASSWORD}). */
    protected AccountView applicant() {
        AccountView applicant = eligibleWelder("apiapp");
        SecurityContextHolder.clearContext();
        return applicant;
    }

    protected AccountView reviewer() {
        return newAccount("apirev", Role.REVIEWER);
    }

    /** Submits the welder's application over the API as {@code applicant}; a new case (201). */
    protected String submit(AccountView applicant) throws Exception {
        Answer created = api.post("/api/cases", applicant.username(), WELDER_APPLICATION);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("caseNumber");
    }

    /**
     * Brings a freshly submitted case to qualification review: the employer's reviewer confirms it (employer review
     * comes first), then the case waits in Task_QualificationReview.
     */
    protected void driveToQualificationReview(String caseNumber) {
        confirmedByEmployer(caseNumber);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW).count())
                .as("qualification review of " + caseNumber).isEqualTo(1);
    }

    /** A new case waiting in qualification review, and its task id as the inbox API lists it to {@code reviewer}. */
    protected String reviewTask(AccountView reviewer) throws Exception {
        String caseNumber = submit(applicant());
        driveToQualificationReview(caseNumber);
        return taskIdOf(caseNumber, reviewer);
    }

    /** The id of the review task of {@code caseNumber} in {@code reviewer}'s inbox (found by the case-number search). */
    protected String taskIdOf(String caseNumber, AccountView reviewer) throws Exception {
        Answer page = api.get("/api/tasks?caseNumber=" + caseNumber, reviewer.username());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body().path("items")).as(page.toString()).hasSize(1);
        return page.body().path("items").get(0).path("taskId").asText();
    }
}
