package org.talentbridge.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.audit.AuditLog;

/**
 * What other modules tell a running title case (issue 14.3, out of {@link TitleCaseService}, which keeps the public
 * doors and delegates): the panel's vote, the end of its publicity, a confirmed integrity finding and a cleared
 * investigation; each moves the case and sends its process the message it waits for.
 */
@Service
class TitleCaseSignals {

    private final TitleCaseRepository cases;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final CaseProgress progress;

    TitleCaseSignals(TitleCaseRepository cases, RuntimeService runtime, AuditLog audit, CaseProgress progress) {
        this.cases = cases;
        this.runtime = runtime;
        this.audit = audit;
        this.progress = progress;
    }

    /**
     * The panel's closed vote reaches a case (issue 5, item 3): passed, it goes on to the integrity checks; not passed,
     * it ends NOT_PASSED with the tally as the reason the applicant reads. False when the case does not wait for a vote
     * (a number typed into a draw by hand, say): nothing changes then.
     */
    @PreAuthorize("hasRole('COMMITTEE_SECRETARY')")
    @Transactional
    public boolean committeeDecided(String caseNumber, boolean passed, String tally) {
        Optional<TitleCase> found = cases.findByCaseNumber(caseNumber).filter(c -> c.getStatus() == CaseStatus.READY_FOR_COMMITTEE);
        if (found.isEmpty() || runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName(TitleApplicationProcess.MESSAGE_COMMITTEE_VOTED).count() == 0) {
            return false;
        }
        audit.record("case.committeeVoted", "case:" + caseNumber, (passed ? "passed " : "not passed ") + tally);
        runtime.createMessageCorrelation(TitleApplicationProcess.MESSAGE_COMMITTEE_VOTED).processInstanceBusinessKey(caseNumber)
                .setVariable(TitleApplicationProcess.VAR_COMMITTEE_PASSED, passed)
                .setVariable(TitleApplicationProcess.VAR_COMMITTEE_TALLY, tally).correlate();
        return true;
    }

    /**
     * The publicity period of a case ended (issue 5, item 5): without a sustained objection the title is granted;
     * with one, the case is held for investigation. False when the case is not in publicity.
     */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'INTEGRITY_OFFICER', 'ADMIN')")
    @Transactional
    public boolean publicityEnded(String caseNumber, boolean granted) {
        Optional<TitleCase> found = cases.findByCaseNumber(caseNumber).filter(c -> c.getStatus() == CaseStatus.PUBLICITY);
        if (found.isEmpty()) {
            return false;
        }
        audit.record("case.publicityEnded", "case:" + caseNumber, granted ? "granted" : "objection sustained");
        runtime.createMessageCorrelation(TitleApplicationProcess.MESSAGE_PUBLICITY_ENDED).processInstanceBusinessKey(caseNumber)
                .setVariable(TitleApplicationProcess.VAR_GRANTED, granted).correlate();
        return true;
    }

    /**
     * A confirmed integrity finding (issue 6, rule I) stops every running case of the applicant: each is marked
     * {@link CaseStatus#STOPPED} with the reason and its process ends by message {@code integrityStop}, in the caller's
     * transaction. A system method: the investigation calls it with the finding's four-eyes approval.
     *
     * @return the case numbers stopped
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public List<String> stopRunningCasesOf(long applicantId, String reason) {
        List<String> stopped = new java.util.ArrayList<>();
        for (TitleCase c : cases.findByApplicantIdOrderBySubmittedAtDesc(applicantId)) {
            if (!c.getStatus().isActive()) {
                continue;
            }
            // the model makes the case STOPPED (StartEvent_IntegrityStop) with the finding as its reason
            boolean ended = !runtime.createMessageCorrelation(TitleApplicationProcess.MESSAGE_INTEGRITY_STOP)
                    .processInstanceBusinessKey(c.getCaseNumber())
                    .setVariable(TitleApplicationProcess.VAR_INTEGRITY_STOP_REASON, reason).correlateAllWithResult().isEmpty();
            // a move in code as well, a no-op when the model made it: an instance left on an older version
            // (TitleProcessMigration could not migrate it) sets no status, and a finding must stop its case all the
            // same; a version before 7 has no integrity stop at all and is deleted below, after this move (so that
            // the deletion finds the case ended and does not make it CANCELLED)
            progress.move(c, CaseStatus.STOPPED, reason, null);
            if (!ended) {
                runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.getCaseNumber())
                        .processDefinitionKey(TitleApplicationProcess.KEY).active().list()
                        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "integrity finding: " + reason));
            }
            audit.record("case.stopped", "case:" + c.getCaseNumber(), reason);
            stopped.add(c.getCaseNumber());
        }
        return stopped;
    }

    /**
     * The investigation of a referred case found nothing (issue 6): the case leaves HELD and goes on to publicity, as a
     * cleared case does. False when the case is not waiting for an investigation.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean investigationCleared(String caseNumber, String reason) {
        Optional<TitleCase> found = cases.findByCaseNumber(caseNumber).filter(c -> c.getStatus() == CaseStatus.HELD);
        if (found.isEmpty() || runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName(TitleApplicationProcess.MESSAGE_INVESTIGATION_CLEARED).count() == 0) {
            return false;
        }
        audit.record("case.investigationCleared", "case:" + caseNumber, reason);
        // the model makes the case PUBLICITY again (Flow_InvestigationCleared) with the outcome as its reason
        runtime.createMessageCorrelation(TitleApplicationProcess.MESSAGE_INVESTIGATION_CLEARED)
                .processInstanceBusinessKey(caseNumber)
                .setVariable(TitleApplicationProcess.VAR_INVESTIGATION_OUTCOME, reason).correlate();
        return true;
    }
}
