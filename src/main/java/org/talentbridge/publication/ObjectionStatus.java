package org.talentbridge.publication;

/** Where an objection stands: waiting for the integrity officer, or answered one way or the other. */
public enum ObjectionStatus {
    OPEN,
    /** The entry resumes (unless another objection on it is still open or was sustained). */
    ANSWERED_UNFOUNDED,
    /** The entry stays held; the case is not granted at the end of the period. */
    ANSWERED_SUSTAINED;

    public String messageKey() {
        return "objectionStatus." + name();
    }
}
