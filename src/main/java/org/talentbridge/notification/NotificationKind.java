package org.talentbridge.notification;

/** What a notification is about; its label is {@code notificationKind.<NAME>} in the bundles. */
public enum NotificationKind {
    /** A user task was created for, or assigned to, the recipient (or one of their groups). */
    NEW_TASK,
    /** The applicant's case was returned for correction: reason and deadline. */
    CASE_RETURNED,
    /** The applicant's case was decided: ready for the committee, rejected, or completed. */
    CASE_DECIDED,
    /** The correction deadline passed: the case lapsed. */
    CASE_LAPSED,
    CASE_WITHDRAWN,
    /** The case moved to another stage by someone else's hand (employer review done, say). */
    CASE_MOVED,
    /** An open task of the recipient is due within the warning window. */
    DEADLINE_NEAR,
    /** A task the recipient held went to someone else, or came to them, because its holder is absent (or bulk reassignment). */
    TASK_TO_SUBSTITUTE,
    /** The policy office re-screened the recipient's decided case under a new rules version and its outcome changed. */
    CASE_RESCREENED,
    /** About the recipient's account itself: someone tried to register with its ID number. */
    ACCOUNT_NOTICE;

    public String messageKey() {
        return "notificationKind." + name();
    }
}
