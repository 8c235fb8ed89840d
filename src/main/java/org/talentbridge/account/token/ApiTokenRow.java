package org.talentbridge.account.token;

import java.time.Instant;

/** A token as administrators see it: never its text or its hash. */
public record ApiTokenRow(long id, String account, String name, Instant createdAt, String createdBy, Instant expiresAt,
                          Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    /** Usable at {@code now}: not revoked and not yet expired. */
    public boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
