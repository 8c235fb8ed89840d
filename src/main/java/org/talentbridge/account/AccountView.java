package org.talentbridge.account;

import java.util.Set;

/** An account as other modules and screens see it: never the password hash. */
public record AccountView(Long id, String username, String displayName, String idNumber, String mobile,
                          String employer, Set<Role> roles, Long employerId, String email) {

    static AccountView of(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getIdNumber(), a.getMobile(),
                a.getEmployer(), a.getRoles(), a.getEmployerId(), a.getEmail());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
