package org.talentbridge.skilleval;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.engine.ProcessInstanceCancelled;
import org.talentbridge.shared.validation.InvalidInputException;
import org.talentbridge.shared.validation.RequiredText;

/**
 * How a skill case ends other than by its assessment (issue 14.3, out of {@link SkillCaseService}): the applicant's
 * withdrawal, the integrity stop of a person's running cases, and an administrator's deletion of the process instance;
 * and the announcement of a case's move to its applicant.
 */
@Service
class SkillCaseEndings {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final AccountService accounts;
    private final org.springframework.context.ApplicationEventPublisher events;

    SkillCaseEndings(JdbcTemplate jdbc, CurrentUser currentUser, RuntimeService runtime, AuditLog audit,
                     AccountService accounts, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.audit = audit;
        this.accounts = accounts;
        this.events = events;
    }

    /** Tells the applicant (through the notifications) that a case moved. */
    void announce(SkillCaseRow c, SkillCaseStatus status, String reason) {
        accounts.findById(c.applicantId()).ifPresent(a ->
                events.publishEvent(new SkillCaseStatusChanged(c.caseNumber(), a.username(), status, reason)));
    }

    /**
     * The applicant withdraws their case, with a reason, while it waits for its assessment or, a direct application,
     * for its admission review (pathway T's rule, "withdraw before the committee", in pathway S's shape). Another person's case is "not found"; a case assessed or ended is
     * refused on the field {@code caseNumber}. Serialised with the assessment by the case row's lock.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public SkillCaseSummary withdraw(String caseNumber, String reason) {
        AccountView me = currentUser.require();
        String why = RequiredText.of(reason, "reason", 1000);
        SkillCaseRow c = jdbc.query("select " + SkillCaseRow.COLUMNS + " where c.case_number = ? and c.applicant_id = ? for update of c", SkillCaseRow::map,
                caseNumber, me.id()).stream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("caseNumber", "validation.notFound"));
        if (!c.status().isWithdrawable() || c.assessedAt() != null) {
            throw InvalidInputException.of("caseNumber", "skilleval.validation.notWithdrawable");
        }
        try {
            runtime.createMessageCorrelation(SkillEvaluationProcess.MESSAGE_WITHDRAWN).processInstanceBusinessKey(c.caseNumber())
                    .correlate();
        } catch (MismatchingMessageCorrelationException oldVersion) {
            // a direct application submitted under version 3 waits for its admission review without the withdrawal event
            throw InvalidInputException.of("caseNumber", "skilleval.validation.notWithdrawable");
        }
        jdbc.update("update tb.skill_case set status = 'WITHDRAWN', status_reason = ?, updated_at = now() where id = ?",
                why, c.id());
        audit.record("skillCase.withdrawn", "case:" + c.caseNumber(), why);
        return SkillCaseRow.byId(jdbc, c.id()).summary(me);
    }

    /**
     * Stops every running skill evaluation case of a person (issue 6: an integrity finding). Each process ends at
     * {@code EndEvent_Stopped} through the message {@code integrityStop}, its open evaluation goes with it, and the case
     * is STOPPED with the reason, which staff read (the applicant reads that a finding stopped it). A system method, in the caller's transaction (no own
     * commit); no screen or API reaches it.
     *
     * @return the numbers of the cases stopped
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<String> stopRunningCasesOf(long applicantAccountId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "validation.required");
        }
        List<String> stopped = new ArrayList<>();
        for (SkillCaseRow c : jdbc.query("select " + SkillCaseRow.COLUMNS + " where c.applicant_id = ? and c.status in " + SkillCaseStatus.ACTIVE_SQL + " "
                + "order by c.id for update of c", SkillCaseRow::map, applicantAccountId)) {
            runtime.createMessageCorrelation(SkillEvaluationProcess.MESSAGE_INTEGRITY_STOP)
                    .processInstanceBusinessKey(c.caseNumber()).correlateAll();
            jdbc.update("update tb.skill_case set status = 'STOPPED', status_reason = ?, updated_at = now() where id = ?",
                    reason.strip(), c.id());
            announce(c, SkillCaseStatus.STOPPED, reason.strip());
            audit.record("skillCase.stopped", "case:" + c.caseNumber(), reason.strip());
            stopped.add(c.caseNumber());
        }
        return stopped;
    }

    /** The reason of a case whose process instance an administrator deleted. */
    static final String CANCELLED_REASON = "cancelled by an administrator";

    /**
     * An administrator deleted the process instance of a skill case (Cockpit, {@code DELETE
     * /engine-rest/process-instance/{id}}), in the deleting transaction: a running case ends CANCELLED with the reason,
     * audited with who deleted it, and its applicant is told; the applicant may apply again for the level. A case that
     * had already ended is left as it is.
     */
    @org.springframework.context.event.EventListener(
            condition = "#event.processDefinitionKey() == '" + SkillEvaluationProcess.KEY + "'")
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ProcessInstanceCancelled event) {
        for (SkillCaseRow c : jdbc.query("select " + SkillCaseRow.COLUMNS + " where c.process_instance_id = ? and c.status in " + SkillCaseStatus.ACTIVE_SQL + " "
                + "for update of c", SkillCaseRow::map, event.processInstanceId())) {
            jdbc.update("update tb.skill_case set status = 'CANCELLED', status_reason = ?, updated_at = now() where id = ?",
                    CANCELLED_REASON, c.id());
            announce(c, SkillCaseStatus.CANCELLED, CANCELLED_REASON);
            audit.record("skillCase.cancelled", "case:" + c.caseNumber(), CANCELLED_REASON + " (" + event.deletedBy()
                    + ", was " + c.status().name() + ")");
        }
    }
}
