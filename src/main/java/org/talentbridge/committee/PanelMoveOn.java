package org.talentbridge.committee;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.casework.CaseFacts;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.committee.DrawRepository.DrawRow;
import org.talentbridge.shared.security.RunAs;

/**
 * Moves the cases of a closed vote on in the background (issue 19 item 3; docs/processes.md): closing starts
 * {@code processes/committee-move-on.bpmn} in its own transaction, whose job executor runs one job per case, each in its
 * own transaction, retried on failure. A case is recorded in {@code tb.panel_move_on} in the transaction of its move, so
 * a case already dealt with is skipped and a retry never moves a case twice.
 */
@Service
class PanelMoveOn {

    static final String PROCESS = "committeeMoveOn";
    static final String VAR_DRAW = "drawId";
    static final String VAR_TOTAL = "total";
    static final String VAR_CLOSED_BY = "closedBy";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final DrawRepository draws;
    private final VoteRepository votes;
    private final MoveOnRepository moved;
    private final TitleCaseService cases;
    private final MessageSource messages;

    PanelMoveOn(RuntimeService runtime, ManagementService management, DrawRepository draws, VoteRepository votes,
                MoveOnRepository moved, TitleCaseService cases, MessageSource messages) {
        this.runtime = runtime;
        this.management = management;
        this.draws = draws;
        this.votes = votes;
        this.moved = moved;
        this.cases = cases;
        this.messages = messages;
    }

    static String businessKey(long drawId) {
        return "panel-vote:" + drawId;
    }

    /** In the closing transaction: one waiting job, nothing more. */
    @Transactional(propagation = Propagation.MANDATORY)
    void start(DrawRow draw, String closedBy) {
        runtime.startProcessInstanceByKey(PROCESS, businessKey(draw.id()), Map.of(VAR_DRAW, draw.id(),
                VAR_TOTAL, draw.caseNumbers().size(), VAR_CLOSED_BY, closedBy));
    }

    /**
     * One job: the case at {@code index} on the panel goes on with its tally, as the secretary who closed the vote
     * (so the permission checks and the audit trail apply as in their request). Only a case of the panel's round,
     * series and level waiting for the committee is moved; any other is recorded as skipped.
     */
    @Transactional
    void moveOne(long drawId, int index, String closedBy) {
        DrawRow draw = draws.find(drawId).orElseThrow(() -> new IllegalStateException("no draw " + drawId));
        String caseNumber = draw.caseNumbers().get(index);
        if (moved.outcome(drawId, caseNumber).isPresent()) {
            return;
        }
        CaseTally t = votes.tallyOf(drawId, caseNumber)
                .orElseThrow(() -> new IllegalStateException("no tally of " + caseNumber + " on draw " + drawId));
        RunAs.run(closedBy, "ROLE_COMMITTEE_SECRETARY", () -> moveAs(draw, caseNumber, t));
    }

    private void moveAs(DrawRow draw, String caseNumber, CaseTally t) {
        boolean decidable = cases.factsOfRound(draw.roundId(), CaseStatus.READY_FOR_COMMITTEE, List.of(caseNumber)).stream()
                .anyMatch(c -> c.status() == CaseStatus.READY_FOR_COMMITTEE && draw.series().equals(c.series())
                        && draw.targetLevel() == c.targetLevel());
        String text = messages.getMessage("committee.tally.text", new Object[] {String.valueOf(t.agree()),
                String.valueOf(t.disagree()), String.valueOf(t.abstain()), String.valueOf(t.present()),
                String.valueOf(t.panelSize())}, Locale.SIMPLIFIED_CHINESE);
        boolean done = decidable && cases.committeeDecided(caseNumber, t.passed(), text);
        MoveOnOutcome outcome = !done ? MoveOnOutcome.SKIPPED : t.passed() ? MoveOnOutcome.PASSED : MoveOnOutcome.NOT_PASSED;
        if (!moved.record(draw.id(), caseNumber, outcome)) {
            throw new IllegalStateException(caseNumber + " of draw " + draw.id() + " was moved on meanwhile");
        }
    }

    /** The progress of a closed vote's move-on, with the engine's failing and stuck jobs. */
    @Transactional(readOnly = true)
    MoveOnProgress progress(long drawId, int total) {
        Map<MoveOnOutcome, Integer> counts = moved.counts(drawId);
        int failing = 0;
        int stuck = 0;
        Optional<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(drawId)).list().stream().findFirst();
        if (running.isPresent()) {
            failing = (int) management.createJobQuery().processInstanceId(running.get().getId()).withException().count();
            stuck = (int) management.createJobQuery().processInstanceId(running.get().getId()).noRetriesLeft().count();
        }
        return new MoveOnProgress(total, counts.getOrDefault(MoveOnOutcome.PASSED, 0),
                counts.getOrDefault(MoveOnOutcome.NOT_PASSED, 0),
                counts.getOrDefault(MoveOnOutcome.SKIPPED, 0), counts.getOrDefault(MoveOnOutcome.AT_CLOSING, 0),
                failing, stuck);
    }
}
