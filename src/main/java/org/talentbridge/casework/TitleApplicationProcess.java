package org.talentbridge.casework;

/** Names in {@code processes/title-application.bpmn}: the one place Java refers to them. */
public final class TitleApplicationProcess {

    public static final String KEY = "titleApplication";

    public static final String START = "StartEvent_Submitted";
    public static final String TASK_SCREENING = "Task_Screening";
    public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
    public static final String TASK_QUALIFICATION_REVIEW = "Task_QualificationReview";
    public static final String END_INELIGIBLE = "EndEvent_Ineligible";
    public static final String BOUNDARY_WITHDRAWN = "BoundaryEvent_Withdrawn";
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
    /** Set by Task_Screening: the outcome of the automated screening. */
    public static final String VAR_ELIGIBLE = "eligible";

    private TitleApplicationProcess() {
    }
}
