package org.talentbridge.casework;

/** Names in {@code processes/title-application.bpmn}: the one place Java refers to them. */
public final class TitleApplicationProcess {

    public static final String KEY = "titleApplication";

    public static final String START = "StartEvent_Submitted";
    public static final String TASK_SCREENING = "Task_Screening";
    public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
    /** Committee secretary: the series of an occupation the annex does not list (T0); then screening again. */
    public static final String TASK_SERIES_DECISION = "Task_SeriesDecision";
    /** The employer's reviewers: work history, assessments, and the post of public-institution staff (rule E). */
    public static final String TASK_EMPLOYER_REVIEW = "Task_EmployerReview";
    public static final String GATEWAY_EMPLOYER_DECISION = "Gateway_EmployerDecision";
    public static final String TASK_QUALIFICATION_REVIEW = "Task_QualificationReview";
    public static final String END_INELIGIBLE = "EndEvent_Ineligible";
    public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String TASK_CORRECTION = "Task_Correction";
    public static final String BOUNDARY_CORRECTION_DEADLINE = "BoundaryEvent_CorrectionDeadline";
    public static final String TASK_LAPSE = "Task_Lapse";
    public static final String END_LAPSED = "EndEvent_Lapsed";
    public static final String BOUNDARY_WITHDRAWN = "BoundaryEvent_Withdrawn";
    public static final String BOUNDARY_WITHDRAWN_IN_SERIES_DECISION = "BoundaryEvent_WithdrawnInSeriesDecision";
    public static final String BOUNDARY_WITHDRAWN_IN_EMPLOYER_REVIEW = "BoundaryEvent_WithdrawnInEmployerReview";
    public static final String BOUNDARY_WITHDRAWN_IN_CORRECTION = "BoundaryEvent_WithdrawnInCorrection";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
    /** The message that withdraws a case before the committee stage (interrupts qualification review). */
    public static final String MESSAGE_WITHDRAWN = "caseWithdrawn";
    /** Part 2: the case waits here for its panel's vote (message {@link #MESSAGE_COMMITTEE_VOTED}). */
    public static final String TASK_COMMITTEE_REVIEW = "Task_CommitteeReview";
    public static final String MESSAGE_COMMITTEE_VOTED = "committeeVoted";
    public static final String END_NOT_PASSED = "EndEvent_NotPassed";
    public static final String TASK_INTEGRITY_CHECKS = "Task_IntegrityChecks";
    /** INTEGRITY_OFFICER: clear the flags with a reason, or refer the case for investigation. */
    public static final String TASK_INTEGRITY_REVIEW = "Task_IntegrityReview";
    /** A referred case waits here for its integrity investigation (issue 6); unfounded resumes it towards publicity. */
    public static final String TASK_INVESTIGATION = "Task_Investigation";
    public static final String MESSAGE_INVESTIGATION_CLEARED = "investigationCleared";
    /** A confirmed integrity finding stops every running case of the person (issue 6): the event subprocess. */
    public static final String MESSAGE_INTEGRITY_STOP = "integrityStop";
    public static final String END_STOPPED = "EndEvent_Stopped";
    /** The case is published; it waits here for the end of the period (message {@link #MESSAGE_PUBLICITY_ENDED}). */
    public static final String TASK_PUBLICITY = "Task_Publicity";
    public static final String MESSAGE_PUBLICITY_ENDED = "publicityEnded";
    public static final String TASK_GRANT = "Task_Grant";
    public static final String END_GRANTED = "EndEvent_Granted";
    public static final String END_OBJECTION_SUSTAINED = "EndEvent_ObjectionSustained";

    /** Process variables: ids and simple values only. */
    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_CASE_NUMBER = "caseNumber";
    public static final String VAR_APPLICANT = "applicant";
    public static final String VAR_TARGET_LEVEL = "targetLevel";
    public static final String VAR_SERIES = "series";
    /** The occupation applied in: series decisions are made, and reused, per occupation. */
    public static final String VAR_OCCUPATION = "occupation";
    public static final String VAR_ROUND_ID = "roundId";
    /** Set by Task_Screening: the outcome of the automated screening. */
    public static final String VAR_ELIGIBLE = "eligible";
    /** Set by Task_Screening: the occupation is not in the annex and no series decision exists for it yet. */
    public static final String VAR_NEEDS_SERIES_DECISION = "needsSeriesDecision";
    /** Set by Task_Screening: the Camunda group of the employer's reviewers (employer-&lt;id&gt;). */
    public static final String VAR_EMPLOYER_GROUP = "employerGroup";
    /** The due date of employer review: the round's review time limit in working days from screening. */
    public static final String VAR_EMPLOYER_REVIEW_DUE = "employerReviewDue";
    /** Set when employer review is completed: CONFIRM or RETURN ({@link EmployerDecision}). */
    public static final String VAR_EMPLOYER_DECISION = "employerDecision";
    /** The due date of qualification review: the round's review time limit in working days from employer confirmation. */
    public static final String VAR_REVIEW_DUE = "reviewDue";
    /** Set when qualification review is completed: APPROVE, RETURN or REJECT ({@link ReviewDecision}). */
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    /** The reason of the latest return or rejection (by the employer or the reviewer): the applicant reads it. */
    public static final String VAR_REVIEW_REASON = "reviewReason";
    /** The reviewer who returned the case; the corrected case goes back to them. */
    public static final String VAR_LAST_REVIEWER = "lastReviewer";
    /** Set by the committee's closed vote: the case passed (quorum and threshold). */
    public static final String VAR_COMMITTEE_PASSED = "committeePassed";
    /** The vote's tally in words, for the timeline and the applicant (who never sees who voted how). */
    public static final String VAR_COMMITTEE_TALLY = "committeeTally";
    /** Set by Task_IntegrityChecks: an automatic check flagged the case. */
    public static final String VAR_INTEGRITY_FLAGGED = "integrityFlagged";
    /** Set when Task_IntegrityReview is completed: CLEAR or REFER ({@link IntegrityDecision}). */
    public static final String VAR_INTEGRITY_DECISION = "integrityDecision";
    public static final String VAR_INTEGRITY_REASON = "integrityReason";
    /** Set when the publicity period ends for the case: granted (no sustained objection) or not. */
    public static final String VAR_GRANTED = "granted";
    /** The end of the correction period (a date): the due date of Task_Correction and its timer. */
    public static final String VAR_CORRECTION_DEADLINE = "correctionDeadline";
    /** Set with message caseWithdrawn: the applicant's reason, the WITHDRAWN status's reason (EndEvent_Withdrawn). */
    public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";
    /** Set with message investigationCleared: the investigation's outcome, the reason of PUBLICITY on Flow_InvestigationCleared. */
    public static final String VAR_INVESTIGATION_OUTCOME = "investigationOutcome";
    /** Set with message integrityStop: the finding, the reason of STOPPED (StartEvent_IntegrityStop). */
    public static final String VAR_INTEGRITY_STOP_REASON = "integrityStopReason";

    private TitleApplicationProcess() {
    }
}
