package org.talentbridge.casework;

/** Where a title case stands, as applicants and staff read it. */
public enum CaseStatus {
    QUALIFICATION_REVIEW,
    READY_FOR_COMMITTEE,
    WITHDRAWN,
    REJECTED,
    LAPSED,
    COMPLETED;

    public String messageKey() {
        return "caseStatus." + name();
    }
}
