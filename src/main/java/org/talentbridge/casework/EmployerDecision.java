package org.talentbridge.casework;

/** The employer's answer in employer review (单位审核). */
public enum EmployerDecision {
    /** Work history and annual assessments confirmed (and the post, for public-institution staff). */
    CONFIRM,
    /** Back to the applicant with a reason, for correction before the deadline. */
    RETURN;

    public String messageKey() {
        return "employerDecision." + name();
    }
}
