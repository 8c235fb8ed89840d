package org.talentbridge.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Closing a vote stores the tally at once and moves the cases on in the background (issue 19 item 3): one engine job
 * per case ({@code processes/committee-move-on.bpmn}), run here through ManagementService (the job executor is off in
 * tests). Progress before and after, each case's outcome, a failing case retried by the engine while the others are
 * moved, and never a case moved twice.
 */
class PanelMoveOnTest extends IntegrationTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private CommitteeService committee;
    @Autowired
    private PanelVoteService votes;
    @Autowired
    private PanelMoveOn moveOn;
    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private TaskService tasks;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcTemplate jdbc;

    /** A closed panel: two cases every member agreed on, two every member disagreed on. */
    record Closed(DrawView draw, List<AccountView> applicants, List<String> numbers, VoteStatusView closed) {
    }

    private AccountView secretary() {
        return accounts.findByUsername("secretary").orElseThrow();
    }

    private Closed closedPanelOfFour(String prefix) {
        LocalDate today = LocalDate.now();
        RoundView round = rounds.createAs(new RoundRequest(today.getYear(), "后台推进测试批次" + System.nanoTime(),
                catalog.seriesNames(), LocalDate.of(today.getYear(), 12, 31), today.minusDays(1), today.plusDays(365), 10, 5),
                "admin");
        List<AccountView> applicants = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            AccountView applicant = eligibleWelder(prefix + i);
            String number = as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE,
                    true, round.id())).caseNumber());
            confirmedByEmployer(number);
            as(newAccount("mvrev", Role.REVIEWER), () -> {
                String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
                inbox.claim(task);
                inbox.approve(task);
                return null;
            });
            applicants.add(applicant);
            numbers.add(number);
        }
        DrawView draw = as(secretary(), () -> {
            DrawView d = committee.drawAll(round.id(), 3).get(0);
            committee.confirm(d.id());
            votes.open(d.id(), null, null);
            return d;
        });
        assertThat(draw.caseNumbers()).containsExactlyInAnyOrderElementsOf(numbers);
        for (DrawnMember seated : draw.panel()) {
            as(accounts.findByUsername(seated.username()).orElseThrow(), () -> votes.cast(draw.id(), numbers.stream()
                    .map(c -> new BallotRequest(c, numbers.indexOf(c) < 2 ? VoteDecision.AGREE : VoteDecision.DISAGREE, 80, 80, 80))
                    .toList()));
        }
        VoteStatusView closed = as(secretary(), () -> votes.close(draw.id()));
        return new Closed(draw, applicants, numbers, closed);
    }

    private CaseStatus status(Closed panel, int i) {
        return as(panel.applicants().get(i), () -> cases.details(panel.numbers().get(i)).orElseThrow().summary().status());
    }

    private MoveOnProgress progress(Closed panel) {
        return as(secretary(), () -> votes.status(panel.draw().id())).moveOn();
    }

    private long committeeVotedLines(String number) {
        return audit.history("case:" + number).stream().filter(e -> e.getAction().equals("case.committeeVoted")).count();
    }

    @Test
    void closingStoresTheTallyAtOnceAndTheJobsMoveEveryCaseOnOnce() {
        Closed panel = closedPanelOfFour("mvok");
        // at once: the tally is stored and shown; no case has moved yet, one job waits
        assertThat(panel.closed().state()).isEqualTo(VoteState.CLOSED);
        assertThat(panel.closed().tally()).hasSize(4);
        assertThat(panel.closed().tally()).filteredOn(CaseTally::passed).extracting(CaseTally::caseNumber)
                .containsExactlyInAnyOrder(panel.numbers().get(0), panel.numbers().get(1));
        assertThat(panel.closed().moveOn()).isEqualTo(new MoveOnProgress(4, 0, 0, 0, 0, 0, 0));
        assertThat(panel.closed().moveOn().finished()).isFalse();
        for (int i = 0; i < 4; i++) {
            assertThat(status(panel, i)).isEqualTo(CaseStatus.READY_FOR_COMMITTEE);
        }
        // the first job only fans out: one job per case
        String instance = MoveOnJobs.instance(runtime, panel.draw().id()).getId();
        List<Job> first = management.createJobQuery().processInstanceId(instance).list();
        assertThat(first).hasSize(1);
        management.executeJob(first.get(0).getId());
        assertThat(management.createJobQuery().processInstanceId(instance).count()).isEqualTo(4);
        assertThat(progress(panel).done()).isZero();

        MoveOnJobs.runAll(runtime, management, panel.draw().id());

        MoveOnProgress done = progress(panel);
        assertThat(done).isEqualTo(new MoveOnProgress(4, 2, 2, 0, 0, 0, 0));
        assertThat(done.finished()).isTrue();
        assertThat(MoveOnJobs.instance(runtime, panel.draw().id())).as("the move-on has ended").isNull();
        assertThat(status(panel, 0)).isEqualTo(CaseStatus.PUBLICITY);
        assertThat(status(panel, 1)).isEqualTo(CaseStatus.PUBLICITY);
        assertThat(status(panel, 2)).isEqualTo(CaseStatus.NOT_PASSED);
        assertThat(status(panel, 3)).isEqualTo(CaseStatus.NOT_PASSED);
        // the audit line of each case names the secretary who closed the vote
        assertThat(audit.history("case:" + panel.numbers().get(2))).filteredOn(e -> e.getAction().equals("case.committeeVoted"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("secretary");
                    assertThat(e.getDetails()).startsWith("not passed ");
                });

        // a job run again (a retry after a lost acknowledgement, say) skips the case: nothing moves twice
        for (int i = 0; i < 4; i++) {
            int index = panel.draw().caseNumbers().indexOf(panel.numbers().get(i));
            moveOn.moveOne(panel.draw().id(), index, "secretary");
            assertThat(committeeVotedLines(panel.numbers().get(i))).isEqualTo(1);
        }
        assertThat(progress(panel)).isEqualTo(done);
        assertThat(status(panel, 0)).isEqualTo(CaseStatus.PUBLICITY);
    }

    @Test
    void aFailingCaseIsRetriedByTheEngineWhileTheOthersAreMovedOn() {
        Closed panel = closedPanelOfFour("mvfail");
        String failing = panel.numbers().get(1);
        // a real failure in the case's move (its transaction's last write is refused), until an operator repairs it
        jdbc.execute("""
                create or replace function tb.test_refuse_move_on() returns trigger language plpgsql as $$
                begin
                  if new.case_number = '%s' then raise exception 'move-on refused for the test'; end if;
                  return new;
                end $$""".formatted(failing));
        jdbc.execute("create trigger test_refuse_move_on before insert on tb.panel_move_on for each row "
                + "execute function tb.test_refuse_move_on()");
        try {
            List<Exception> failures = MoveOnJobs.runEach(runtime, management, panel.draw().id());
            assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasStackTraceContaining("move-on refused"));
            // the others are moved; the failed one is rolled back whole and waits for its retry
            assertThat(progress(panel)).isEqualTo(new MoveOnProgress(4, 1, 2, 0, 0, 1, 0));
            assertThat(status(panel, 0)).isEqualTo(CaseStatus.PUBLICITY);
            assertThat(status(panel, 1)).isEqualTo(CaseStatus.READY_FOR_COMMITTEE);
            assertThat(committeeVotedLines(failing)).isZero();
            String instance = MoveOnJobs.instance(runtime, panel.draw().id()).getId();
            Job job = management.createJobQuery().processInstanceId(instance).singleResult();
            assertThat(job.getRetries()).isEqualTo(2);
            assertThat(job.getExceptionMessage()).isNotBlank();

            // two more failures use up the retries: an incident, shown as stuck
            MoveOnJobs.runEach(runtime, management, panel.draw().id());
            MoveOnJobs.runEach(runtime, management, panel.draw().id());
            assertThat(progress(panel)).isEqualTo(new MoveOnProgress(4, 1, 2, 0, 0, 1, 1));
            assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);
        } finally {
            jdbc.execute("drop trigger if exists test_refuse_move_on on tb.panel_move_on");
            jdbc.execute("drop function if exists tb.test_refuse_move_on()");
        }
        // repaired, an administrator gives the job its retries back (as in Cockpit): it succeeds, once
        String instance = MoveOnJobs.instance(runtime, panel.draw().id()).getId();
        management.setJobRetries(management.createJobQuery().processInstanceId(instance).singleResult().getId(), 1);
        MoveOnJobs.runAll(runtime, management, panel.draw().id());
        assertThat(progress(panel)).isEqualTo(new MoveOnProgress(4, 2, 2, 0, 0, 0, 0));
        assertThat(status(panel, 1)).isEqualTo(CaseStatus.PUBLICITY);
        assertThat(committeeVotedLines(failing)).isEqualTo(1);
        assertThat(MoveOnJobs.instance(runtime, panel.draw().id())).isNull();
    }
}
