package org.talentbridge.shared.audit;

/**
 * An authentication that acts with a credential of its own rather than the account's password or screen session (an
 * API token): the audit trail names it beside the account on every line written while it acts.
 */
public interface AttributedCredential {

    /** What the audit trail shows, for example {@code api-token 12 "exam office"}; at most 160 characters. */
    String credential();
}
