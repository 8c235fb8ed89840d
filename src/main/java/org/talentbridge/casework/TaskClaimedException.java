package org.talentbridge.casework;

/** Somebody else claimed the task first; {@code holder} is their display name, {@code holderUsername} their account. */
public class TaskClaimedException extends RuntimeException {

    private final String holder;
    private final String holderUsername;

    TaskClaimedException(String holder, String holderUsername) {
        super("task already claimed by " + holderUsername);
        this.holder = holder;
        this.holderUsername = holderUsername;
    }

    public String getHolderUsername() {
        return holderUsername;
    }

    public String getHolder() {
        return holder;
    }
}
