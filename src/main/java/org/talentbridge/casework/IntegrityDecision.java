package org.talentbridge.casework;

/** The integrity officer's answer to the flags of a case that passed the vote. */
public enum IntegrityDecision {
    /** The flags are explained; the case goes to publicity. */
    CLEAR,
    /** Held for investigation (an integrity case, issue 6). */
    REFER;

    public String messageKey() {
        return "integrityDecision." + name();
    }
}
