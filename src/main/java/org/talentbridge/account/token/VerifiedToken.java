package org.talentbridge.account.token;

import java.time.Instant;
import java.util.Set;
import org.talentbridge.account.Role;

/** A stored token that is not revoked, of an enabled account, with the account's roles as they are now. */
public record VerifiedToken(long id, String name, String username, Set<Role> roles, Instant expiresAt) {

    /** How the audit trail names this token. */
    public String credential() {
        String text = "api-token " + id + " \"" + name + "\"";
        return text.length() <= 160 ? text : text.substring(0, 160);
    }
}
