package org.talentbridge.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.api.HttpApi.Answer;

/** {@code /api/tasks} over real HTTP: the reviewer's inbox, claiming, releasing and deciding. */
class TaskApiTest extends CaseApiTestSupport {

    @Test
    void aReviewerListsTasksWithTheTotalDueDateOverdueFlagAndTheCase() throws Exception {
        String caseNumber = submit(applicant());
        driveToQualificationReview(caseNumber);
        AccountView reviewer = reviewer();

        Answer all = api.get("/api/tasks?scope=ALL&offset=0&limit=5", reviewer.username());
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.body().path("total").asInt()).isPositive();
        assertThat(all.body().path("items").size()).isBetween(1, 5);
        assertThat(all.body().path("limit").asInt()).isEqualTo(5);

        Answer found = api.get("/api/tasks?caseNumber=" + caseNumber, reviewer.username());
        assertThat(found.body().path("total").asInt()).isEqualTo(1);
        JsonNode task = found.body().path("items").get(0);
        assertThat(task.path("taskId").asText()).isNotBlank();
        assertThat(task.path("due").asText()).isNotBlank();
        assertThat(task.path("overdue").asBoolean()).isFalse();
        assertThat(task.path("assignee").isNull()).isTrue();
        assertThat(task.path("case").path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(task.path("case").path("status").asText()).isEqualTo("QUALIFICATION_REVIEW");
        assertThat(task.path("case").path("applicantIdMasked").asText()).matches("\\d{3}\\*{11}[\\dX]{4}");

        assertThat(api.get("/api/tasks?scope=MINE", reviewer.username()).body().path("total").asInt()).isZero();
        assertThat(api.get("/api/tasks?scope=OVERDUE&caseNumber=" + caseNumber, reviewer.username())
                .body().path("total").asInt()).isZero();
        assertThat(api.get("/api/tasks?series=工程技术&caseNumber=" + caseNumber, reviewer.username())
                .body().path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/tasks?series=卫生&caseNumber=" + caseNumber, reviewer.username())
                .body().path("total").asInt()).isZero();
    }

    @Test
    void pagingOutsideItsBoundsOrAnUnknownScopeIs400NamingTheParameter() throws Exception {
        AccountView reviewer = reviewer();
        assertThat(api.get("/api/tasks?limit=201", reviewer.username()).fields()).containsExactly("limit");
        assertThat(api.get("/api/tasks?limit=0", reviewer.username()).fields()).containsExactly("limit");
        assertThat(api.get("/api/tasks?offset=-1", reviewer.username()).fields()).containsExactly("offset");
        assertThat(api.get("/api/tasks?scope=EVERYTHING", reviewer.username()).fields()).containsExactly("scope");
        assertThat(api.get("/api/tasks?limit=lots", reviewer.username()).fields()).containsExactly("limit");
        assertThat(api.get("/api/tasks?limit=200", reviewer.username()).status()).isEqualTo(200);
    }

    @Test
    void applicantsHaveNoInbox() throws Exception {
        AccountView applicant = applicant();
        assertThat(api.get("/api/tasks", applicant.username()).status()).isEqualTo(403);
        assertThat(api.post("/api/tasks/1/claim", applicant.username(), null).status()).isEqualTo(403);
    }

    @Test
    void twoReviewersClaimingAtOnceOneWins204TheOtherGets409NamingTheHolder() throws Exception {
        AccountView first = reviewer();
        AccountView second = reviewer();
        String taskId = reviewTask(first);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Answer>> claims = new ArrayList<>();
        for (AccountView reviewer : List.of(first, second)) {
            claims.add(() -> {
                start.await();
                return api.post("/api/tasks/" + taskId + "/claim", reviewer.username(), null);
            });
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : pool.invokeAll(claims)) {
            answers.add(f.get());
        }
        pool.shutdown();

        assertThat(answers).extracting(Answer::status).as(answers.toString()).containsExactlyInAnyOrder(204, 409);
        Answer lost = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        String holder = answers.get(0).status() == 204 ? first.username() : second.username();
        assertThat(lost.text("holder")).isEqualTo(holder);
        assertThat(lost.text("message")).contains(holder);
        Answer mine = api.get("/api/tasks?scope=MINE", holder);
        assertThat(mine.body().path("items").findValuesAsText("taskId")).containsExactly(taskId);
    }

    @Test
    void aTaskHeldBySomebodyElseIs409ForClaimReleaseAndDecision() throws Exception {
        AccountView holder = reviewer();
        AccountView other = reviewer();
        String taskId = reviewTask(holder);
        assertThat(api.post("/api/tasks/" + taskId + "/claim", holder.username(), null).status()).isEqualTo(204);
        assertThat(api.post("/api/tasks/" + taskId + "/claim", holder.username(), null).status()).isEqualTo(204); // mine already

        Answer claim = api.post("/api/tasks/" + taskId + "/claim", other.username(), null, "en");
        Answer release = api.post("/api/tasks/" + taskId + "/unclaim", other.username(), null);
        Answer decide = api.post("/api/tasks/" + taskId + "/decision", other.username(), Map.of("decision", "APPROVE"));

        for (Answer answer : List.of(claim, release, decide)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
            assertThat(answer.text("holder")).isEqualTo(holder.username());
            assertThat(answer.text("holderName")).isEqualTo(holder.displayName());
        }
        assertThat(claim.text("message")).contains(holder.displayName()).contains("claimed");
    }

    @Test
    void releasingATaskLetsAnotherReviewerClaimIt() throws Exception {
        AccountView first = reviewer();
        AccountView second = reviewer();
        String taskId = reviewTask(first);
        api.post("/api/tasks/" + taskId + "/claim", first.username(), null);

        assertThat(api.post("/api/tasks/" + taskId + "/unclaim", first.username(), null).status()).isEqualTo(204);

        assertThat(api.post("/api/tasks/" + taskId + "/claim", second.username(), null).status()).isEqualTo(204);
    }

    @Test
    void decisionsNeedAKnownDecisionAReasonToReturnOrRejectAndAClaimedTask() throws Exception {
        AccountView reviewer = reviewer();
        String taskId = reviewTask(reviewer);
        String decision = "/api/tasks/" + taskId + "/decision";

        Answer unclaimed = api.post(decision, reviewer.username(), Map.of("decision", "APPROVE"));
        assertThat(unclaimed.status()).as(unclaimed.toString()).isEqualTo(403);

        api.post("/api/tasks/" + taskId + "/claim", reviewer.username(), null);
        Answer noReason = api.post(decision, reviewer.username(), Map.of("decision", "RETURN"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fields()).containsExactly("reason");
        assertThat(api.post(decision, reviewer.username(), Map.of("decision", "REJECT", "reason", "  ")).fields())
                .containsExactly("reason");
        assertThat(api.post(decision, reviewer.username(), Map.of("decision", "MAYBE")).fields()).containsExactly("decision");
        assertThat(api.post(decision, reviewer.username(), Map.of("reason", "x")).fields()).containsExactly("decision");
        assertThat(api.post(decision, reviewer.username(), Map.of("decision", "REJECT", "reason", "x".repeat(1001))).fields())
                .containsExactly("reason");
        assertThat(api.post(decision, reviewer.username(), null).fields()).containsExactly("body");
        assertThat(api.get("/api/tasks?scope=MINE", reviewer.username()).body().path("total").asInt())
                .as("a refused decision leaves the task waiting").isEqualTo(1);
    }

    @Test
    void aReturnedCaseShowsTheReasonAndDeadlineToTheApplicant() throws Exception {
        AccountView applicant = applicant();
        String caseNumber = submit(applicant);
        driveToQualificationReview(caseNumber);
        AccountView reviewer = reviewer();
        String taskId = taskIdOf(caseNumber, reviewer);
        api.post("/api/tasks/" + taskId + "/claim", reviewer.username(), null);

        Answer returned = api.post("/api/tasks/" + taskId + "/decision", reviewer.username(),
                Map.of("decision", "RETURN", "reason", "请补充 2023 年度考核证明"));

        assertThat(returned.status()).as(returned.toString()).isEqualTo(204);
        Answer page = api.get("/api/cases/" + caseNumber, applicant.username());
        assertThat(page.body().path("summary").path("status").asText()).isEqualTo("CORRECTION");
        assertThat(page.body().path("correction").path("reason").asText()).isEqualTo("请补充 2023 年度考核证明");
        assertThat(page.body().path("correction").path("deadline").asText()).isNotBlank();
    }

    @Test
    void aDecidedTaskIsGone404ToEveryoneAndAnUnknownTaskToo() throws Exception {
        AccountView reviewer = reviewer();
        String taskId = reviewTask(reviewer);
        api.post("/api/tasks/" + taskId + "/claim", reviewer.username(), null);
        assertThat(api.post("/api/tasks/" + taskId + "/decision", reviewer.username(),
                Map.of("decision", "REJECT", "reason", "材料不实")).status()).isEqualTo(204);

        Answer again = api.post("/api/tasks/" + taskId + "/decision", reviewer.username(),
                Map.of("decision", "REJECT", "reason", "材料不实"));
        assertThat(again.status()).as(again.toString()).isEqualTo(404);
        assertThat(again.text("message")).isNotBlank();
        assertThat(api.post("/api/tasks/" + taskId + "/claim", reviewer().username(), null).status()).isEqualTo(404);
        assertThat(api.post("/api/tasks/no-such-task/unclaim", reviewer.username(), null).status()).isEqualTo(404);
    }

    @Test
    void theWholePathOverTheApiSubmitClaimApproveEndsReadyForCommittee() throws Exception {
        AccountView applicant = applicant();
        Answer submitted = api.post("/api/cases", applicant.username(), WELDER_APPLICATION);
        assertThat(submitted.status()).isEqualTo(201);
        String caseNumber = submitted.text("caseNumber");
        driveToQualificationReview(caseNumber);
        AccountView reviewer = reviewer();
        String taskId = taskIdOf(caseNumber, reviewer);

        assertThat(api.post("/api/tasks/" + taskId + "/claim", reviewer.username(), null).status()).isEqualTo(204);
        Answer approved = api.post("/api/tasks/" + taskId + "/decision", reviewer.username(), Map.of("decision", "APPROVE"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(204);

        Answer status = api.get("/api/cases/" + caseNumber, applicant.username());
        assertThat(status.body().path("summary").path("status").asText()).isEqualTo("READY_FOR_COMMITTEE");
        assertThat(status.body().path("summary").path("active").asBoolean()).isTrue();
        assertThat(api.get("/api/tasks?caseNumber=" + caseNumber, reviewer.username()).body().path("total").asInt()).isZero();
    }
}
