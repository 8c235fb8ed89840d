package org.talentbridge.casework;

/** Which tasks the inbox lists: mine (claimed by me), my groups' unclaimed tasks, or both. */
public enum InboxScope {
    ALL,
    MINE,
    GROUPS;

    public String messageKey() {
        return "inbox.scope." + name();
    }
}
