package org.talentbridge.investigation;

/** Names in {@code processes/integrity-investigation.bpmn}: the one place Java refers to them. */
public final class InvestigationProcess {

    public static final String KEY = "integrityInvestigation";
    public static final String START = "StartEvent_Opened";
    /** INTEGRITY_OFFICER: gather evidence, then ask for a statement, close as unfounded, or propose a finding. */
    public static final String TASK_INVESTIGATE = "Task_Investigate";
    /** The person's statement (assigned to their account, if they have one) with a deadline timer. */
    public static final String TASK_STATEMENT = "Task_Statement";
    public static final String BOUNDARY_STATEMENT_DEADLINE = "BoundaryEvent_StatementDeadline";
    public static final String TASK_CLOSE_UNFOUNDED = "Task_CloseUnfounded";
    public static final String END_UNFOUNDED = "EndEvent_Unfounded";
    /** A second INTEGRITY_OFFICER (never the proposer) approves or refuses the proposed finding. */
    public static final String TASK_APPROVE_FINDING = "Task_ApproveFinding";
    public static final String TASK_APPLY_FINDING = "Task_ApplyFinding";
    public static final String END_CONFIRMED = "EndEvent_Confirmed";

    public static final String VAR_INVESTIGATION_ID = "investigationId";
    /** REQUEST_STATEMENT, UNFOUNDED or PROPOSE_CONFIRMED: set when Task_Investigate is completed. */
    public static final String VAR_NEXT_STEP = "nextStep";
    /** The person's username, or null when they have no account (the statement then comes on paper). */
    public static final String VAR_PERSON_USERNAME = "personUsername";
    /** The statement deadline (a date and time). */
    public static final String VAR_STATEMENT_DUE = "statementDue";
    /** APPROVE or REFUSE: set when Task_ApproveFinding is completed. */
    public static final String VAR_APPROVAL = "approval";

    public static final String STEP_REQUEST_STATEMENT = "REQUEST_STATEMENT";
    public static final String STEP_UNFOUNDED = "UNFOUNDED";
    public static final String STEP_PROPOSE_CONFIRMED = "PROPOSE_CONFIRMED";
    public static final String APPROVE = "APPROVE";
    public static final String REFUSE = "REFUSE";

    private InvestigationProcess() {
    }
}
