package org.talentbridge.account.token;

/** A token was revoked: nodes forget it (this node at once, the others within {@code recheck-after}). */
public record ApiTokenRevoked(long tokenId) {
}
