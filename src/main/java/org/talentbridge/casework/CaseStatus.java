package org.talentbridge.casework;

/** Where a title case stands, as applicants and staff read it. */
public enum CaseStatus {
    QUALIFICATION_REVIEW,
    /** Returned by the reviewer: the applicant corrects and resubmits before the deadline. */
    CORRECTION,
    READY_FOR_COMMITTEE,
    WITHDRAWN,
    REJECTED,
    LAPSED,
    COMPLETED;

    /** A running case: the applicant cannot start another one (see the partial unique index in V4). */
    public boolean isActive() {
        return this == QUALIFICATION_REVIEW || this == CORRECTION || this == READY_FOR_COMMITTEE;
    }

    /** The applicant may withdraw until the committee stage (PRODUCT.md, case lifecycle). */
    public boolean isWithdrawable() {
        return this == QUALIFICATION_REVIEW || this == CORRECTION;
    }

    public String messageKey() {
        return "caseStatus." + name();
    }
}
