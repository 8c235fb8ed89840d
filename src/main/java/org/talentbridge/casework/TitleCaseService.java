package org.talentbridge.casework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
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
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.catalog.OccupationView;
import org.talentbridge.eligibility.ProfileScreening;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.eligibility.TitleScreening;
import org.talentbridge.eligibility.TitleScreeningRequest;
import org.talentbridge.eligibility.TitleScreeningResult;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.calendar.WorkingDayCalendar;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Title cases: submission (case row, frozen profile and process instance in one transaction), the
 * applicant's own cases, and case pages for staff. An applicant never sees another applicant's case.
 */
@Service
public class TitleCaseService {

    static final Set<CaseStatus> ACTIVE = EnumSet.copyOf(java.util.Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::isActive).toList());
    private static final int LOCK_NAMESPACE = 7301;

    private final TitleCaseRepository cases;
    private final ProfileService profiles;
    private final CatalogService catalog;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final InputValidator validator;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final CaseScreeningRepository screenings;
    private final TitleScreening screening;
    private final RoundService rounds;
    private final org.camunda.bpm.engine.TaskService tasks;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;

    TitleCaseService(TitleCaseRepository cases, ProfileService profiles, CatalogService catalog, AccountService accounts,
                     CurrentUser currentUser, RuntimeService runtime, InputValidator validator, ObjectMapper json,
                     JdbcTemplate jdbc, AuditLog audit, CaseScreeningRepository screenings, TitleScreening screening,
                     RoundService rounds, org.camunda.bpm.engine.TaskService tasks, WorkingDayCalendar calendar,
                     ApplicationEventPublisher events) {
        this.events = events;
        this.calendar = calendar;
        this.rounds = rounds;
        this.tasks = tasks;
        this.screenings = screenings;
        this.screening = screening;
        this.cases = cases;
        this.profiles = profiles;
        this.catalog = catalog;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.validator = validator;
        this.json = json;
        this.jdbc = jdbc;
        this.audit = audit;
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
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(request));
        String series = problems.stream().anyMatch(p -> p.field().equals("occupationName"))
                ? null : resolveSeries(request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RoundView round = resolveRound(request.roundId(), series, request.occupationName());
        AccountView me = currentUser.require();
        // serialise submissions of one applicant; the partial unique index is the last line of defence
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE, Math.toIntExact(me.id()));
        Optional<TitleCase> running = cases.findActive(me.id(), round.id(), ACTIVE);
        if (running.isPresent()) {
            return new Submission(summary(running.get(), me), false);
        }
        ProfileSnapshot evidence = profiles.myProfile();
        String caseNumber = "ZC%d-%06d".formatted(Year.now().getValue(), cases.nextCaseSequence());
        TitleCase c = cases.saveAndFlush(new TitleCase(caseNumber, me.id(), round.id(), request.occupationName().strip(),
                series, request.targetLevel(), toJson(evidence)));
        ProcessInstance instance = runtime.startProcessInstanceByKey(TitleApplicationProcess.KEY, caseNumber, Map.of(
                TitleApplicationProcess.VAR_CASE_ID, c.getId(),
                TitleApplicationProcess.VAR_CASE_NUMBER, caseNumber,
                TitleApplicationProcess.VAR_APPLICANT, me.username(),
                TitleApplicationProcess.VAR_TARGET_LEVEL, request.targetLevel().name(),
                TitleApplicationProcess.VAR_SERIES, series == null ? "" : series,
                TitleApplicationProcess.VAR_ROUND_ID, round.id()));
        c.startedAs(instance.getId());
        audit.record("case.submitted", "case:" + caseNumber, request.targetLevel() + " " + request.occupationName());
        return new Submission(summary(c, me), true);
    }

    /**
     * The round the application goes into: the one named, if it is open today and covers the series; otherwise
     * the open round covering the series that closes first. No such round: a refusal on the round field.
     */
    private RoundView resolveRound(Long roundId, String series, String occupation) {
        LocalDate today = LocalDate.now();
        if (roundId != null) {
            return rounds.find(roundId).filter(r -> r.isOpenOn(today) && r.covers(series))
                    .orElseThrow(() -> InvalidInputException.of("roundId", "validation.roundNotOpen"));
        }
        return rounds.openFor(series, today).stream().findFirst().orElseThrow(() -> InvalidInputException.of("roundId",
                "validation.noOpenRound", series == null ? occupation : series));
    }

    /**
     * Rule T0 at submission: an annex occupation with one series takes it; with two, the applicant must name
     * one of them; an unlisted occupation has no series yet (the committee secretary decides it later).
     */
    private String resolveSeries(SubmitTitleApplication request, List<FieldProblem> problems) {
        Optional<OccupationView> occupation = catalog.findByName(request.occupationName());
        if (occupation.isEmpty()) {
            return null;
        }
        List<String> offered = occupation.get().series();
        String chosen = request.series() == null || request.series().isBlank() ? null : request.series().strip();
        if (offered.size() == 1 && (chosen == null || chosen.equals(offered.get(0)))) {
            return offered.get(0);
        }
        if (chosen != null && offered.contains(chosen)) {
            return chosen;
        }
        problems.add(new FieldProblem("series", chosen == null ? "validation.seriesRequired" : "validation.seriesNotOffered",
                String.join(" / ", offered)));
        return null;
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
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "validation.required");
        }
        if (!c.getStatus().isWithdrawable()) {
            throw InvalidInputException.of("reason", "validation.cannotWithdraw");
        }
        try {
            runtime.createMessageCorrelation(TitleApplicationProcess.MESSAGE_WITHDRAWN)
                    .processInstanceBusinessKey(caseNumber).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            // the review was decided a moment ago: the case has moved past the point of withdrawal
            throw InvalidInputException.of("reason", "validation.cannotWithdraw");
        }
        move(c, CaseStatus.WITHDRAWN, reason.strip(), null);
        audit.record("case.withdrawn", "case:" + caseNumber, reason.strip());
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
        boolean staff = me.hasRole(Role.REVIEWER) || me.hasRole(Role.ADMIN) || me.hasRole(Role.COMMITTEE_SECRETARY);
        if (!staff && !c.getApplicantId().equals(me.id())) {
            throw new AccessDeniedException("not your case");
        }
        AccountView applicant = c.getApplicantId().equals(me.id()) ? me : accounts.findById(c.getApplicantId()).orElseThrow();
        Optional<ScreeningRecord> screening = screenings.findFirstByCaseIdOrderByScreenedAtDescIdDesc(c.getId())
                .map(s -> read(s.getOutcome(), ScreeningRecord.class));
        return Optional.of(new CaseDetails(summary(c, applicant), read(c.getProfileSnapshot(), ProfileSnapshot.class),
                c.getProcessInstanceId(), screening, c.getApplicantId().equals(me.id()), pendingCorrection(c)));
    }

    /** Summaries of the cases behind a page of tasks, by process instance id (two queries for the page). */
    @Transactional(readOnly = true)
    Map<String, CaseSummary> summariesByProcessInstance(List<String> processInstanceIds) {
        List<TitleCase> found = cases.findByProcessInstanceIdIn(processInstanceIds);
        Map<Long, AccountView> applicants = accounts.findAllById(found.stream().map(TitleCase::getApplicantId).toList());
        return found.stream().collect(Collectors.toMap(TitleCase::getProcessInstanceId,
                c -> summary(c, applicants.get(c.getApplicantId()))));
    }

    @Transactional(readOnly = true)
    String caseNumberOfProcess(String processInstanceId) {
        return cases.findByProcessInstanceId(processInstanceId).map(TitleCase::getCaseNumber).orElse(null);
    }

    /**
     * Task_Screening: the rules on the profile frozen at submission, on the submission date (rounds bring their
     * own reference date later). The full result is stored with the case; an ineligible case is rejected.
     */
    @Transactional
    boolean screen(Long caseId) {
        TitleCase c = cases.findById(caseId).orElseThrow();
        AccountView applicant = accounts.findById(c.getApplicantId()).orElseThrow();
        TitleScreeningRequest input = ProfileScreening.titleRequest(read(c.getProfileSnapshot(), ProfileSnapshot.class),
                c.getOccupationName(), c.getSeries(), c.getTargetLevel(), referenceDateOf(c), true, applicant.idNumber());
        TitleScreeningResult result = screening.screen(input);
        screenings.save(new CaseScreening(caseId, result.eligible(), result.maxLevel() == null ? null : result.maxLevel().name(),
                result.route(), result.rulesVersion(), toJson(new ScreeningRecord(java.time.OffsetDateTime.now(), input, result))));
        if (!result.eligible()) {
            move(c, CaseStatus.REJECTED, null, null);
        }
        audit.record("case.screened", "case:" + c.getCaseNumber(), "eligible=" + result.eligible() + " maxLevel="
                + result.maxLevel() + " rules=" + result.rulesVersion());
        return result.eligible();
    }

    /** The round's reference date; for a case without a round (none before rounds existed), its submission date. */
    private LocalDate referenceDateOf(TitleCase c) {
        return rounds.find(c.getRoundId()).map(RoundView::referenceDate)
                .orElseGet(() -> c.getSubmittedAt().atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDate());
    }

    /** Called by the process when qualification review is decided. */
    @Transactional
    void reviewDecided(Long caseId, ReviewDecision decision, String reason, java.util.Date correctionDeadline) {
        TitleCase c = cases.findById(caseId).orElseThrow();
        move(c, switch (decision) {
            case APPROVE -> CaseStatus.READY_FOR_COMMITTEE;
            case RETURN -> CaseStatus.CORRECTION;
            case REJECT -> CaseStatus.REJECTED;
        }, reason, decision == ReviewDecision.RETURN ? correctionDeadline : null);
        audit.record("case." + c.getStatus().name().toLowerCase(java.util.Locale.ROOT), "case:" + c.getCaseNumber(), null);
    }

    /** Task_Lapse: no correction before the deadline. */
    @Transactional
    void lapse(Long caseId) {
        TitleCase c = cases.findById(caseId).orElseThrow();
        move(c, CaseStatus.LAPSED, null, null);
        audit.record("case.lapsed", "case:" + c.getCaseNumber(), "correction deadline passed");
    }

    /** When qualification review of a case screened now is due: the round's working days, to the end of that day. */
    @Transactional(readOnly = true)
    java.util.Date reviewDue(Long caseId) {
        TitleCase c = cases.findById(caseId).orElseThrow();
        int workingDays = rounds.find(c.getRoundId()).map(RoundView::reviewSlaWorkingDays).orElse(5);
        LocalDate due = calendar.addWorkingDays(LocalDate.now(), workingDays);
        return java.util.Date.from(due.plusDays(1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().minusSeconds(1));
    }

    /** The end of the correction period for a case returned today: the round's correction days, to midnight. */
    @Transactional(readOnly = true)
    java.util.Date correctionDeadline(String processInstanceId) {
        TitleCase c = cases.findByProcessInstanceId(processInstanceId).orElseThrow();
        int days = rounds.find(c.getRoundId()).map(RoundView::correctionDays).orElse(10);
        return java.util.Date.from(LocalDate.now().plusDays(days + 1L).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
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
        org.camunda.bpm.engine.task.Task correction = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(TitleApplicationProcess.TASK_CORRECTION).singleResult();
        if (c.getStatus() != CaseStatus.CORRECTION || correction == null) {
            throw InvalidInputException.of("caseNumber", "validation.nothingToCorrect");
        }
        c.refreeze(toJson(profiles.myProfile()));
        c.moveTo(CaseStatus.QUALIFICATION_REVIEW);
        audit.record("case.resubmitted", "case:" + caseNumber, null);
        tasks.complete(correction.getId()); // screening runs at once; an ineligible case ends rejected
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

    /** Every stage change goes through here, so that listeners (notifications) hear of each one. */
    private void move(TitleCase c, CaseStatus to, String reason, java.util.Date deadline) {
        c.moveTo(to);
        String applicant = accounts.findById(c.getApplicantId()).map(AccountView::username).orElseThrow();
        events.publishEvent(new CaseStatusChanged(c.getCaseNumber(), applicant, to, reason, deadline));
    }

    private CaseSummary summary(TitleCase c, AccountView applicant) {
        return new CaseSummary(c.getCaseNumber(), applicant.displayName(), ChineseIdNumber.mask(applicant.idNumber()),
                c.getOccupationName(), c.getSeries(), c.getTargetLevel(), c.getStatus(), c.getSubmittedAt(),
                rounds.find(c.getRoundId()).map(RoundView::name).orElse(null));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + value.getClass(), e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " unreadable", e);
        }
    }
}
