package org.talentbridge.casework;

/** Which tasks the inbox lists: mine (claimed by me), my groups' unclaimed tasks, or both. */
public enum InboxScope {
    ALL,
    MINE,
    GROUPS,
    /** Mine and my groups', past their due date. */
    OVERDUE;

    public String messageKey() {
        return "inbox.scope." + name();
    }
}
