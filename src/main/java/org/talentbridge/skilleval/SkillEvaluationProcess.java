package org.talentbridge.skilleval;

/** Names in {@code processes/skill-evaluation.bpmn}: the one place Java refers to them. */
public final class SkillEvaluationProcess {

    public static final String KEY = "skillEvaluation";

    public static final String START = "StartEvent_Submitted";
    /** Screening (S1-S4, integrity file) and routing to the evaluation channel and organisation (S4). */
    public static final String TASK_SCREENING = "Task_Screening";
    public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
    public static final String END_INELIGIBLE = "EndEvent_Ineligible";
    /** S5: a direct application goes to the organisation's admission review first (直接申报受理审查). */
    public static final String TASK_ADMISSION_REVIEW = "Task_AdmissionReview";
    public static final String GATEWAY_ADMITTED = "Gateway_Admitted";
    public static final String END_ADMISSION_REFUSED = "EndEvent_AdmissionRefused";
    /** The evaluating organisation's evaluators record the assessment (S3); candidate group evalorg-&lt;id&gt;. */
    public static final String TASK_EVALUATION = "Task_Evaluation";
    public static final String GATEWAY_RESULT = "Gateway_Result";
    public static final String TASK_GRANT = "Task_Grant";
    public static final String END_GRANTED = "EndEvent_Granted";
    public static final String END_NOT_PASSED = "EndEvent_NotPassed";
    /** Issue 6: an integrity finding stops every running case of the person (interrupting event subprocess). */
    public static final String SUBPROCESS_INTEGRITY_STOP = "SubProcess_IntegrityStop";
    public static final String START_INTEGRITY_STOP = "StartEvent_IntegrityStop";
    public static final String END_STOPPED = "EndEvent_Stopped";
    public static final String MESSAGE_INTEGRITY_STOP = "integrityStop";
    /** The applicant withdraws before the assessment: interrupts Task_Evaluation. */
    public static final String MESSAGE_WITHDRAWN = "skillCaseWithdrawn";
    public static final String BOUNDARY_WITHDRAWN = "BoundaryEvent_Withdrawn";
    /** The applicant withdraws a direct application before its admission review (version 4): interrupts Task_AdmissionReview. */
    public static final String BOUNDARY_WITHDRAWN_AT_ADMISSION = "BoundaryEvent_WithdrawnAtAdmission";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    /** Process variables: ids and simple values only. */
    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_CASE_NUMBER = "caseNumber";
    public static final String VAR_APPLICANT = "applicant";
    /** Set by Task_Screening. */
    public static final String VAR_ELIGIBLE = "eligible";
    /** Set by Task_Screening for an eligible case: the engine group of the organisation's evaluators. */
    public static final String VAR_EVALUATOR_GROUP = "evaluatorGroup";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_THEORY_EXEMPT = "theoryExempt";
    /** Set by Task_Screening: a direct application (S5), routed to Task_AdmissionReview when eligible. */
    public static final String VAR_DIRECT = "direct";
    /** Set when Task_AdmissionReview is completed: the organisation admitted the direct application. */
    public static final String VAR_ADMITTED = "admitted";
    /** Set when Task_Evaluation is completed: the assessment passed. */
    public static final String VAR_PASSED = "passed";

    private SkillEvaluationProcess() {
    }
}
