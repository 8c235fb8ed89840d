package org.talentbridge.skilleval;

/** Where a skill evaluation case stands. */
public enum SkillCaseStatus {
    /** Submitted; screening runs in the same transaction, so no one sees a case stay here. */
    SCREENING,
    /** Routed to its organisation; waits for the assessment. */
    EVALUATION,
    /** The assessment passed: the skill level is granted and recorded. */
    PASSED,
    NOT_PASSED,
    INELIGIBLE,
    /** Stopped by an integrity finding (issue 6). */
    STOPPED,
    /** An administrator deleted the case's process instance (Cockpit or the engine REST API); the applicant may apply again. */
    CANCELLED,
    /** Withdrawn by the applicant before the assessment, with a reason. */
    WITHDRAWN;

    /** A running case: the applicant cannot start another one for the same level (partial unique index, V20). */
    public boolean isActive() {
        return this == SCREENING || this == EVALUATION;
    }

    public String messageKey() {
        return "skilleval.status." + name();
    }
}
