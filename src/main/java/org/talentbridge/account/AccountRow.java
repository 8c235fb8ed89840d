package org.talentbridge.account;

import java.time.OffsetDateTime;
import java.util.Set;

/** An account in the administrators' list: ID number masked. */
public record AccountRow(String username, String displayName, Set<Role> roles, String idNumberMasked,
                         String employer, boolean enabled, OffsetDateTime createdAt) {
}
