package org.talentbridge.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.employer.EmployerNames;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.engine.BusinessTasks;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Title cases: submission (case row, frozen profile and process instance in one transaction), the
 * applicant's own cases, and case pages for staff. An applicant never sees another applicant's case.
 *
 * <p>A little over 300 lines: the module's public door for cases, each method with its own permission; the work is in
 * {@link TitleCaseSubmission}, {@link TitleCaseSignals} and the queries beside them.
 */
@Service
public class TitleCaseService {

    static final Set<CaseStatus> ACTIVE = EnumSet.copyOf(java.util.Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::isActive).toList());

    private final TitleCaseRepository cases;
    private final ProfileService profiles;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CaseJson json;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final CaseScreeningRepository screenings;
    private final RoundService rounds;
    private final TitleCaseSignals signals;
    private final TitleCaseSubmission submissions;
    private final CaseFileService caseFiles;
    private final EmployerNames employerNames;

    TitleCaseService(TitleCaseRepository cases, ProfileService profiles, AccountService accounts,
                     CurrentUser currentUser, RuntimeService runtime, TaskService tasks, CaseJson json, JdbcTemplate jdbc,
                     AuditLog audit, CaseScreeningRepository screenings, RoundService rounds,
                     TitleCaseSignals signals, TitleCaseSubmission submissions, CaseFileService caseFiles,
                     EmployerNames employerNames) {
        this.employerNames = employerNames;
        this.signals = signals;
        this.submissions = submissions;
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.profiles = profiles;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.tasks = tasks;
        this.json = json;
        this.jdbc = jdbc;
        this.audit = audit;
        this.screenings = screenings;
        this.rounds = rounds;
    }

    /**
     * Submits a title application for the signed-in applicant. Idempotent per applicant: while a case is
     * running, submitting again (double click, retry, second tab) returns that case instead of a new one.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public CaseSummary submit(SubmitTitleApplication request) {
        return submission(request).summary();
    }

    /**
     * {@link #submit} telling also whether this call created the case or found the one already running (the
     * API answers 201 or 200). Submissions of one applicant are serialised, so exactly one caller creates it.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public Submission submission(SubmitTitleApplication request) {
        TitleCaseSubmission.Outcome outcome = submissions.submit(request);
        return new Submission(summary(outcome.titleCase(), outcome.applicant()), outcome.created());
    }


    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<CaseSummary> myCases() {
        AccountView me = currentUser.require();
        return cases.findByApplicantIdOrderBySubmittedAtDesc(me.id()).stream().map(c -> summary(c, me)).toList();
    }

    /**
     * The applicant withdraws their own case before the committee stage: the process ends at
     * {@code EndEvent_Withdrawn}, the open review task goes with it, the reason is kept in the audit trail.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public CaseSummary withdraw(String caseNumber, String reason) {
        AccountView me = currentUser.require();
        TitleCase c = cases.findByCaseNumber(caseNumber).filter(found -> found.getApplicantId().equals(me.id()))
                .orElseThrow(() -> new AccessDeniedException("not your case"));
        String why = Reason.required(reason);
        if (!c.getStatus().isWithdrawable()) {
            throw InvalidInputException.of("reason", "validation.cannotWithdraw");
        }
        try {
            // the model makes the case WITHDRAWN (EndEvent_Withdrawn) with the applicant's reason
            runtime.createMessageCorrelation(TitleApplicationProcess.MESSAGE_WITHDRAWN).processInstanceBusinessKey(caseNumber)
                    .setVariable(TitleApplicationProcess.VAR_WITHDRAWAL_REASON, why).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            // the review was decided a moment ago: the case has moved past the point of withdrawal
            throw InvalidInputException.of("reason", "validation.cannotWithdraw");
        }
        audit.record("case.withdrawn", "case:" + caseNumber, why);
        return summary(c, me);
    }

    /** The applicant's running case, if any (a new application waits until it ends). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public Optional<CaseSummary> myRunningCase() {
        return myCases().stream().filter(c -> c.status().isActive()).findFirst();
    }

    /** A case page: staff who work on cases see any case; an applicant only their own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CaseDetails> details(String caseNumber) {
        AccountView me = currentUser.require();
        Optional<TitleCase> found = cases.findByCaseNumber(caseNumber);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TitleCase c = found.get();
        if (!maySee(me, c)) {
            throw new AccessDeniedException("not your case");
        }
        AccountView applicant = c.getApplicantId().equals(me.id()) ? me : accounts.findById(c.getApplicantId()).orElseThrow();
        Optional<ScreeningRecord> screening = screenings.findFirstByCaseIdOrderByScreenedAtDescIdDesc(c.getId())
                .map(s -> json.read(s.getOutcome(), ScreeningRecord.class));
        return Optional.of(new CaseDetails(summary(c, applicant), json.read(c.getProfileSnapshot(), ProfileSnapshot.class),
                c.getProcessInstanceId(), screening, c.getApplicantId().equals(me.id()), pendingCorrection(c)));
    }

    /**
     * The facts of the round's cases for committee staff, by case number: all cases of the round in {@code status}
     * when {@code caseNumbers} is null, otherwise those of the numbers given that belong to the round (whatever their
     * status; the caller checks). Oldest first. With status READY_FOR_COMMITTEE: the cases the committee groups
     * (pathway T applicants are all high-skilled talent, the separate group of 单独分组、单独评审).
     */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseFacts> factsOfRound(Long roundId, CaseStatus status, java.util.Collection<String> caseNumbers) {
        // one query of the case columns and each case's latest route, no entities (issue 19 item 3: a whole round's
        // cases and screenings stayed in the persistence context of the caller's transaction, dirty-checked at every
        // later query of it, e.g. by each draw of drawAll); then the applicants and only the cases' own employers
        record Row(String caseNumber, Long roundId, CaseStatus status, Long applicantId, Long employerId, String series,
                   TitleLevel level, String route) {
        }
        String select = """
                select c.case_number, c.round_id, c.status, c.applicant_id, c.employer_id, c.series, c.target_level,
                       (select s.route from tb.screening_result s where s.case_id = c.id
                        order by s.screened_at desc, s.id desc limit 1) as route
                from tb.title_case c where c.round_id = ? and\s""";
        org.springframework.jdbc.core.RowMapper<Row> row = (rs, i) -> new Row(rs.getString(1), rs.getObject(2, Long.class),
                CaseStatus.valueOf(rs.getString(3)), rs.getLong(4), rs.getObject(5, Long.class), rs.getString(6),
                TitleLevel.valueOf(rs.getString(7)), rs.getString(8));
        List<Row> found;
        if (roundId == null || (caseNumbers == null ? status == null : caseNumbers.isEmpty())) {
            found = List.of();
        } else if (caseNumbers == null) {
            found = jdbc.query(select + "c.status = ? order by c.submitted_at, c.id", row, roundId, status.name());
        } else {
            found = jdbc.query(select + "c.case_number = any (?) order by c.submitted_at, c.id", row, roundId,
                    (Object) caseNumbers.toArray(String[]::new));
        }
        Map<Long, AccountView> applicants = accounts.findAllById(found.stream().map(Row::applicantId).distinct().toList());
        Map<Long, String> employerNames = this.employerNames.of(found.stream().map(Row::employerId).toList());
        return found.stream().map(c -> new CaseFacts(c.caseNumber(), c.roundId(), c.status(),
                applicants.get(c.applicantId()).displayName(), c.employerId(), employerNames.get(c.employerId()),
                c.series(), c.level(), c.route())).toList();
    }

    /**
     * Who may read a case: its applicant; reviewers, committee secretaries, integrity officers and administrators; an employer
     * reviewer only for the staff of their own employer.
     */
    static boolean maySee(AccountView viewer, TitleCase c) {
        if (c.getApplicantId().equals(viewer.id())) {
            return true;
        }
        if (isOffice(viewer)) {
            return true;
        }
        return viewer.hasRole(Role.EMPLOYER_REVIEWER) && viewer.employerId() != null
                && viewer.employerId().equals(c.getEmployerId());
    }

    /** The office's staff (reviewers, committee secretaries, integrity officers, administrators): every case, with names. */
    static boolean isOffice(AccountView viewer) {
        return viewer.hasRole(Role.REVIEWER) || viewer.hasRole(Role.ADMIN) || viewer.hasRole(Role.COMMITTEE_SECRETARY)
                || viewer.hasRole(Role.INTEGRITY_OFFICER);
    }

    /** The panel's closed vote reaches a case (issue 5, item 3): {@link TitleCaseSignals#committeeDecided}. */
    @PreAuthorize("hasRole('COMMITTEE_SECRETARY')")
    @Transactional
    public boolean committeeDecided(String caseNumber, boolean passed, String tally) {
        return signals.committeeDecided(caseNumber, passed, tally);
    }

    /** The publicity period of a case ended (issue 5, item 5): {@link TitleCaseSignals#publicityEnded}. */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'INTEGRITY_OFFICER', 'ADMIN')")
    @Transactional
    public boolean publicityEnded(String caseNumber, boolean granted) {
        return signals.publicityEnded(caseNumber, granted);
    }

    /** A confirmed integrity finding stops the applicant's running cases: {@link TitleCaseSignals#stopRunningCasesOf}. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public List<String> stopRunningCasesOf(long applicantId, String reason) {
        return signals.stopRunningCasesOf(applicantId, reason);
    }

    /** The investigation of a referred case found nothing: {@link TitleCaseSignals#investigationCleared}. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean investigationCleared(String caseNumber, String reason) {
        return signals.investigationCleared(caseNumber, reason);
    }

    /** Summaries of the cases behind a page of tasks, by process instance id (two queries for the page). */
    @Transactional(readOnly = true)
    Map<String, CaseSummary> summariesByProcessInstance(List<String> processInstanceIds) {
        List<TitleCase> found = cases.findByProcessInstanceIdIn(processInstanceIds);
        Map<Long, AccountView> applicants = accounts.findAllById(found.stream().map(TitleCase::getApplicantId).toList());
        return found.stream().collect(Collectors.toMap(TitleCase::getProcessInstanceId,
                c -> summary(c, applicants.get(c.getApplicantId()))));
    }

    /** The profile frozen with the case of a process instance. */
    @Transactional(readOnly = true)
    ProfileSnapshot evidenceOfProcess(String processInstanceId) {
        return json.read(cases.findByProcessInstanceId(processInstanceId).orElseThrow().getProfileSnapshot(), ProfileSnapshot.class);
    }

    @Transactional(readOnly = true)
    String caseNumberOfProcess(String processInstanceId) {
        return cases.findByProcessInstanceId(processInstanceId).map(TitleCase::getCaseNumber).orElse(null);
    }

    /**
     * The applicant has corrected their profile and resubmits a returned case: the evidence is frozen again,
     * screening runs again, and the case goes back to the reviewer who returned it.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public CaseSummary resubmit(String caseNumber) {
        AccountView me = currentUser.require();
        TitleCase c = cases.findByCaseNumber(caseNumber).filter(found -> found.getApplicantId().equals(me.id()))
                .orElseThrow(() -> new AccessDeniedException("not your case"));
        Task correction = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(TitleApplicationProcess.TASK_CORRECTION).singleResult();
        if (c.getStatus() != CaseStatus.CORRECTION || correction == null) {
            throw InvalidInputException.of("caseNumber", "validation.nothingToCorrect");
        }
        ProfileSnapshot corrected = profiles.myProfile();
        c.refreeze(json.write(corrected), submissions.employerOf(corrected).id());
        caseFiles.freeze(caseNumber, me.id()); // the resubmission records which documents changed (issue 15)
        audit.record("case.resubmitted", "case:" + caseNumber, null);
        // the decisions of the pass that returned the case must not decide the next pass
        runtime.removeVariables(correction.getProcessInstanceId(), List.of(TitleApplicationProcess.VAR_EMPLOYER_DECISION,
                TitleApplicationProcess.VAR_REVIEW_DECISION, TitleApplicationProcess.VAR_CORRECTION_DEADLINE));
        BusinessTasks.complete(() -> tasks.complete(correction.getId())); // screening runs at once; an ineligible case ends rejected
        return summary(cases.findByCaseNumber(caseNumber).orElseThrow(), me);
    }

    /** What a returned case waits for: the reviewer's reason and the deadline (empty unless in correction). */
    @Transactional(readOnly = true)
    Optional<Correction> pendingCorrection(TitleCase c) {
        if (c.getStatus() != CaseStatus.CORRECTION) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceBusinessKey(c.getCaseNumber())
                .taskDefinitionKey(TitleApplicationProcess.TASK_CORRECTION).singleResult())
                .map(t -> new Correction((String) tasks.getVariable(t.getId(), TitleApplicationProcess.VAR_REVIEW_REASON),
                        t.getDueDate()));
    }

    /** The registered employer the profile names: it reviews the case (employer review, rule E). */

    private CaseSummary summary(TitleCase c, AccountView applicant) {
        return new CaseSummary(c.getCaseNumber(), applicant.displayName(), ChineseIdNumber.mask(applicant.idNumber()),
                c.getOccupationName(), c.getSeries(), c.getTargetLevel(), c.getStatus(), c.getSubmittedAt(),
                rounds.find(c.getRoundId()).map(RoundView::name).orElse(null));
    }
}
