package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.policy.TitleLevel;

class ReviewInboxTest extends IntegrationTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private TaskService tasks;
    @Autowired
    private org.talentbridge.round.RoundService rounds;

    private String submitCase() {
        eligibleWelder("inboxapp");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(number);
        SecurityContextHolder.clearContext();
        return number;
    }

    private String taskOf(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    @Test
    void aReviewerSeesTheWaitingCaseWithAMaskedIdNumberAndClaimsIt() {
        String number = submitCase();
        AccountView reviewer = newAccount("rev", Role.REVIEWER);
        signIn(reviewer);

        List<InboxRow> unclaimed = inbox.page(InboxScope.GROUPS, 0, 10_000);
        InboxRow row = unclaimed.stream().filter(r -> r.summary().caseNumber().equals(number)).findFirst().orElseThrow();
        assertThat(row.summary().applicantIdMasked()).matches("\\d{3}\\*{11}[\\dX]{4}");
        assertThat(row.assignee()).isNull();

        inbox.claim(row.taskId());

        assertThat(inbox.page(InboxScope.MINE, 0, 100)).extracting(r -> r.summary().caseNumber()).containsExactly(number);
        assertThat(inbox.count(InboxScope.MINE)).isEqualTo(1);
        assertThat(inbox.page(InboxScope.GROUPS, 0, 10_000)).extracting(InboxRow::taskId).doesNotContain(row.taskId());
    }

    @Test
    void twoReviewersClaimingTheSameTaskAtOnceGetOneWinnerAndTheLoserLearnsWho() throws Exception {
        String taskId = taskOf(submitCase());
        AccountView first = newAccount("racea", Role.REVIEWER);
        AccountView second = newAccount("raceb", Role.REVIEWER);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<String>> claims = new ArrayList<>();
        for (AccountView reviewer : List.of(first, second)) {
            claims.add(() -> {
                signIn(reviewer);
                start.await();
                try {
                    inbox.claim(taskId);
                    return "won:" + reviewer.username();
                } catch (TaskClaimedException e) {
                    return "lost:" + e.getHolderUsername();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(claims)) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        String winner = tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
        assertThat(outcomes).filteredOn(o -> o.startsWith("won:")).containsExactly("won:" + winner);
        assertThat(outcomes).filteredOn(o -> o.startsWith("lost:")).singleElement()
                .satisfies(o -> assertThat(o).contains(winner));
    }

    @Test
    void claimingATaskSomeoneHoldsNamesTheHolder() {
        String taskId = taskOf(submitCase());
        signIn(accounts.findByUsername("reviewer").orElseThrow());
        inbox.claim(taskId);
        signIn(accounts.findByUsername("reviewer2").orElseThrow());
        assertThatThrownBy(() -> inbox.claim(taskId)).isInstanceOfSatisfying(TaskClaimedException.class,
                e -> assertThat(e.getHolder() + " " + e.getHolderUsername()).isEqualTo("陈审核 reviewer"));
        assertThatThrownBy(() -> inbox.approve(taskId)).isInstanceOf(TaskClaimedException.class);
    }

    @Test
    void approvingNeedsTheClaimAndEndsTheReview() {
        String number = submitCase();
        String taskId = taskOf(number);
        signIn(newAccount("appr", Role.REVIEWER));
        assertThatThrownBy(() -> inbox.approve(taskId)).isInstanceOf(AccessDeniedException.class);
        inbox.claim(taskId);
        inbox.approve(taskId);
        assertThat(cases.details(number).orElseThrow().summary().status()).isEqualTo(CaseStatus.READY_FOR_COMMITTEE);
        assertThatThrownBy(() -> inbox.claim(taskId)).isInstanceOf(TaskGoneException.class);
    }

    @Test
    void releasingPutsTheTaskBackForTheGroup() {
        String taskId = taskOf(submitCase());
        signIn(newAccount("rel", Role.REVIEWER));
        inbox.claim(taskId);
        inbox.unclaim(taskId);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void theInboxFindsACaseByPartOfItsNumberAndFiltersBySeriesAndRound() {
        String number = submitCase();
        signIn(newAccount("filt", Role.REVIEWER));
        String digits = number.substring(number.length() - 6);
        assertThat(inbox.page(new InboxFilter(InboxScope.ALL, digits.toLowerCase(), null, null), 0, 100))
                .extracting(r -> r.summary().caseNumber()).containsExactly(number);
        assertThat(inbox.count(new InboxFilter(InboxScope.ALL, digits, null, null))).isEqualTo(1);
        assertThat(inbox.page(new InboxFilter(InboxScope.ALL, digits, "艺术", null), 0, 100)).isEmpty();
        assertThat(inbox.page(new InboxFilter(InboxScope.ALL, digits, "工程技术", null), 0, 100)).hasSize(1);
        String roundName = inbox.page(new InboxFilter(InboxScope.ALL, digits, null, null), 0, 1).get(0).summary().roundName();
        Long roundId = rounds.all().stream().filter(r -> r.name().equals(roundName)).findFirst().orElseThrow().id();
        assertThat(inbox.page(new InboxFilter(InboxScope.ALL, digits, null, roundId), 0, 100)).hasSize(1);
        assertThat(inbox.page(new InboxFilter(InboxScope.ALL, digits, null, -1L), 0, 100)).isEmpty();
    }

    @Test
    void applicantsCannotUseTheInbox() {
        signIn(newAccount("noinbox", Role.APPLICANT));
        assertThatThrownBy(() -> inbox.page(InboxScope.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.count(InboxScope.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
