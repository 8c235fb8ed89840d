package org.talentbridge.investigation;

/** Where an investigation stands. */
public enum InvestigationStatus {
    INVESTIGATING,
    AWAITING_STATEMENT,
    /** A finding was proposed; a second officer approves or refuses it. */
    AWAITING_APPROVAL,
    UNFOUNDED,
    CONFIRMED;

    public boolean isOpen() {
        return this != UNFOUNDED && this != CONFIRMED;
    }

    public String messageKey() {
        return "investigation.status." + name();
    }
}
