package org.talentbridge.casework;

/** What a reviewer decides in qualification review (资格审核). */
public enum ReviewDecision {
    APPROVE,
    /** Back to the applicant for correction, with a reason and a deadline (the round's correction days). */
    RETURN,
    REJECT;

    public String messageKey() {
        return "reviewDecision." + name();
    }
}
