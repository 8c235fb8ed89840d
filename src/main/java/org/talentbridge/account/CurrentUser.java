package org.talentbridge.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.audit.AuditLog;

/** The signed-in account, for services that act on "my" data. */
@Component
public class CurrentUser {

    private final AccountService accounts;

    CurrentUser(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The signed-in account; AccessDeniedException for an anonymous caller or an unknown name. */
    public AccountView require() {
        String name = AuditLog.currentActor();
        return accounts.findByUsername(name).orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
