package org.talentbridge.investigation;

/** How an investigation was opened (issue 6, item 1). */
public enum InvestigationSource {
    /** An objection lodged during publicity. */
    OBJECTION,
    /** The integrity officer referred a flagged case at integrity review. */
    REFERRAL,
    /** A staff member reported it. */
    STAFF_REPORT,
    /** An integrity officer entered it from outside information. */
    OFFICER_REPORT;

    public String messageKey() {
        return "investigation.source." + name();
    }
}
