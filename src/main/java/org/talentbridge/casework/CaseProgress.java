package org.talentbridge.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.eligibility.ProfileScreening;
import org.talentbridge.eligibility.TitleScreening;
import org.talentbridge.eligibility.TitleScreeningRequest;
import org.talentbridge.eligibility.TitleScreeningResult;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.calendar.WorkingDayCalendar;

/**
 * What the title process does to a case between human decisions: screening, what a decision records, lapse, and the
 * due dates of its tasks. Delegates and task listeners call these. The stage a case is in comes from the model: the
 * execution listeners of {@code processes/title-application.bpmn} call {@link #enter} ({@link CaseStatusListener});
 * every stage change goes through {@link #move}, which announces it ({@link CaseStatusChanged}).
 */
@Service
class CaseProgress {

    private final TitleCaseRepository cases;
    private final CaseScreeningRepository screenings;
    private final TitleScreening screening;
    private final AccountService accounts;
    private final RoundService rounds;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final CaseJson json;
    private final ApplicationEventPublisher events;

    /** Cases filed before rounds existed belong to none: their periods come from app.casework.without-round. */
    private final int reviewWorkingDaysWithoutRound;
    private final int correctionDaysWithoutRound;
    private final Clock clock;

    CaseProgress(TitleCaseRepository cases, CaseScreeningRepository screenings, TitleScreening screening,
                 AccountService accounts, RoundService rounds, WorkingDayCalendar calendar, AuditLog audit, CaseJson json,
                 ApplicationEventPublisher events,
                 @Value("${app.casework.without-round.review-working-days}") int reviewWorkingDaysWithoutRound,
                 @Value("${app.casework.without-round.correction-days}") int correctionDaysWithoutRound, Clock clock) {
        this.clock = clock;
        this.reviewWorkingDaysWithoutRound = reviewWorkingDaysWithoutRound;
        this.correctionDaysWithoutRound = correctionDaysWithoutRound;
        this.cases = cases;
        this.screenings = screenings;
        this.screening = screening;
        this.accounts = accounts;
        this.rounds = rounds;
        this.calendar = calendar;
        this.audit = audit;
        this.json = json;
        this.events = events;
    }

    /**
     * Task_Screening: the rules on the profile frozen at submission, at the round's reference date. The full result
     * is stored with the case. An unlisted occupation without a series decision waits for the committee secretary;
     * a series decided since submission becomes the case's series; an ineligible case is rejected.
     */
    @Transactional
    ScreeningOutcome screen(Long caseId) {
        TitleCase c = cases.findById(caseId).orElseThrow();
        AccountView applicant = accounts.findById(c.getApplicantId()).orElseThrow();
        TitleScreeningRequest input = ProfileScreening.titleRequest(json.read(c.getProfileSnapshot(), ProfileSnapshot.class),
                c.getOccupationName(), c.getSeries(), c.getTargetLevel(), referenceDateOf(c), true, applicant.idNumber());
        TitleScreeningResult result = screening.screenForRound(input, c.getRoundId()); // a pinned round: its version
        screenings.save(new CaseScreening(caseId, result.eligible(), result.maxLevel() == null ? null : result.maxLevel().name(),
                result.route(), result.rulesVersion(), json.write(new ScreeningRecord(OffsetDateTime.now(clock), input, result))));
        if (c.getSeries() == null && result.series() != null) {
            c.seriesDecided(result.series());
        }
        audit.record("case.screened", "case:" + c.getCaseNumber(), "eligible=" + result.eligible() + " maxLevel="
                + result.maxLevel() + " needsSeriesDecision=" + result.needsSeriesDecision() + " rules=" + result.rulesVersion());
        return new ScreeningOutcome(result.eligible(), result.needsSeriesDecision(), c.getSeries());
    }

    /** The Camunda group of the employer that reviews the case. */
    @Transactional(readOnly = true)
    String employerGroup(Long caseId) {
        Long employerId = cases.findById(caseId).orElseThrow().getEmployerId();
        return org.talentbridge.employer.EmployerView.groupOf(employerId);
    }

    /**
     * Task_EmployerReview completed: a confirmation is recorded with who confirmed it. The case enters qualification
     * review or correction (with the variables reviewReason and correctionDeadline) from the model.
     */
    @Transactional
    void employerDecided(Long caseId, EmployerDecision decision, String by, String postConfirmation) {
        if (decision == EmployerDecision.CONFIRM) {
            cases.findById(caseId).orElseThrow().employerConfirmed(by, postConfirmation, OffsetDateTime.now(clock));
        }
    }

    /**
     * Task_QualificationReview completed: the decision's audit line, named after the status the decision leads to
     * (the model moves the case there after this listener, so the line is built from the decision, not the status).
     */
    @Transactional
    void reviewDecided(Long caseId, ReviewDecision decision) {
        TitleCase c = cases.findById(caseId).orElseThrow();
        CaseStatus next = switch (decision) {
            case APPROVE -> CaseStatus.READY_FOR_COMMITTEE;
            case RETURN -> CaseStatus.CORRECTION;
            case REJECT -> CaseStatus.REJECTED;
        };
        audit.record("case." + next.name().toLowerCase(Locale.ROOT), "case:" + c.getCaseNumber(), null);
    }

    /** Task_IntegrityChecks: flagged or not (the case enters integrity review or publicity from the model). */
    @Transactional
    boolean integrityChecked(Long caseId, Map<String, java.util.List<IntegrityFlag>> flags) {
        TitleCase c = cases.findById(caseId).orElseThrow();
        boolean flagged = !flags.getOrDefault(c.getCaseNumber(), java.util.List.of()).isEmpty();
        audit.record("case.integrityChecked", "case:" + c.getCaseNumber(), flagged
                ? "flags=" + flags.get(c.getCaseNumber()).stream().map(f -> f.check().name()).toList() : "no flags");
        return flagged;
    }

    /**
     * Task_Investigation started, after the model held the case: the referral is announced, so that the investigation
     * opens in this transaction on a case already HELD (the integrity officer's reason is the referral's).
     */
    @Transactional
    void referred(Long caseId, String reason) {
        events.publishEvent(new CaseReferred(cases.findById(caseId).orElseThrow().getCaseNumber(), reason));
    }

    /**
     * Task_Grant: the title is granted; the certificate module hears of it in this transaction. The model's start
     * listener on Task_Grant has made the case GRANTED before this runs (the certificate reads it).
     */
    @Transactional
    void grant(Long caseId) {
        TitleCase c = cases.findById(caseId).orElseThrow();
        audit.record("case.granted", "case:" + c.getCaseNumber(), null);
        events.publishEvent(CaseGranted.of(c, accounts.findById(c.getApplicantId()).orElseThrow(),
                screenings.findFirstByCaseIdOrderByScreenedAtDescIdDesc(c.getId()).map(CaseScreening::getRoute).orElse(null)));
    }

    /** Task_Lapse: no correction before the deadline (the model has made the case LAPSED). */
    @Transactional
    void lapse(Long caseId) {
        TitleCase c = cases.findById(caseId).orElseThrow();
        audit.record("case.lapsed", "case:" + c.getCaseNumber(), "correction deadline passed");
    }

    /** When a review task created now is due: the round's working days, to the end of that day. */
    @Transactional(readOnly = true)
    Date reviewDue(Long caseId) {
        TitleCase c = cases.findById(caseId).orElseThrow();
        int workingDays = rounds.find(c.getRoundId()).map(RoundView::reviewSlaWorkingDays)
                .orElse(reviewWorkingDaysWithoutRound);
        LocalDate due = calendar.addWorkingDays(LocalDate.now(clock), workingDays);
        return Date.from(due.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusSeconds(1));
    }

    /** The end of the correction period for a case returned today: the round's correction days, to midnight. */
    @Transactional(readOnly = true)
    Date correctionDeadline(String processInstanceId) {
        TitleCase c = cases.findByProcessInstanceId(processInstanceId).orElseThrow();
        int days = rounds.find(c.getRoundId()).map(RoundView::correctionDays).orElse(correctionDaysWithoutRound);
        return Date.from(LocalDate.now(clock).plusDays(days + 1L).atStartOfDay(clock.getZone()).toInstant());
    }

    /** The model's execution listener: the case enters {@code to} ({@link CaseStatusListener}). */
    @Transactional
    void enter(Long caseId, CaseStatus to, String reason, Date deadline) {
        move(cases.findById(caseId).orElseThrow(), to, reason, deadline);
    }

    /**
     * Every stage change goes through here, so that listeners (notifications) hear of each one. Called by {@link #enter}
     * and by the few moves made outside the engine (a deleted instance, an old version's integrity stop).
     */
    void move(TitleCase c, CaseStatus to, String reason, Date deadline) {
        if (c.getStatus() == to) {
            return;
        }
        c.moveTo(to);
        String applicant = accounts.findById(c.getApplicantId()).map(AccountView::username).orElseThrow();
        events.publishEvent(new CaseStatusChanged(c.getCaseNumber(), applicant, to, reason, deadline));
    }

    /** The round's reference date; for a case without a round (none before rounds existed), its submission date. */
    private LocalDate referenceDateOf(TitleCase c) {
        return rounds.find(c.getRoundId()).map(RoundView::referenceDate)
                .orElseGet(() -> c.getSubmittedAt().atZoneSameInstant(clock.getZone()).toLocalDate());
    }
}
