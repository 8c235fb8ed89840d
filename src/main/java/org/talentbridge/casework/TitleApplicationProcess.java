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
    public static final String END_READY_FOR_COMMITTEE = "EndEvent_ReadyForCommittee";

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
    /** The end of the correction period (a date): the due date of Task_Correction and its timer. */
    public static final String VAR_CORRECTION_DEADLINE = "correctionDeadline";

    private TitleApplicationProcess() {
    }
}
