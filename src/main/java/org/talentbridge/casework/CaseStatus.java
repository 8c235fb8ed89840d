package org.talentbridge.casework;

/** Where a title case stands, as applicants and staff read it. */
public enum CaseStatus {
    /** Submitted; the automated screening runs in the same transaction, so no one sees a case stay here. */
    SCREENING,
    /** The occupation is not in the annex: the committee secretary decides the series (rule T0). */
    SERIES_DECISION,
    /** The employer confirms work history and assessments, and the post for public-institution staff (rule E). */
    EMPLOYER_REVIEW,
    QUALIFICATION_REVIEW,
    /** Returned by the reviewer: the applicant corrects and resubmits before the deadline. */
    CORRECTION,
    /** Passed qualification review; waits for its panel's review and vote. */
    READY_FOR_COMMITTEE,
    /** Passed the vote; an automatic check flagged it and the integrity officer reviews it. */
    INTEGRITY_REVIEW,
    /** Published for the publicity period (公示). */
    PUBLICITY,
    /** The title is granted and recorded. */
    GRANTED,
    /** The panel's vote did not pass it (quorum or threshold). */
    NOT_PASSED,
    /** Held for investigation: referred by the integrity officer (it waits for the investigation), or an objection was sustained. */
    HELD,
    /** Stopped by a confirmed integrity finding (rule I): the case ends without a title, with the finding's reason. */
    STOPPED,
    /**
     * An administrator deleted the case's process instance (Cockpit or the engine REST API): the case ends without a
     * decision; the applicant may apply again in the round.
     */
    CANCELLED,
    WITHDRAWN,
    REJECTED,
    LAPSED,
    COMPLETED;

    /** A running case: the applicant cannot start another one (see the partial unique index in V4). */
    public boolean isActive() {
        return this == SCREENING || this == SERIES_DECISION || this == EMPLOYER_REVIEW || this == QUALIFICATION_REVIEW
                || this == CORRECTION || this == READY_FOR_COMMITTEE || this == INTEGRITY_REVIEW || this == PUBLICITY
                || this == HELD; // held for investigation: no new application in the round until it is resolved
    }

    /** The applicant may withdraw until the committee stage (PRODUCT.md, case lifecycle). */
    public boolean isWithdrawable() {
        return isActive() && this != READY_FOR_COMMITTEE && this != INTEGRITY_REVIEW && this != PUBLICITY && this != HELD;
    }

    public String messageKey() {
        return "caseStatus." + name();
    }
}
