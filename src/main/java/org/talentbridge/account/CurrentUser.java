package org.talentbridge.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.talentbridge.shared.audit.AuditLog;

/** The signed-in account, for services that act on "my" data. */
@Component
public class CurrentUser {

    private final SignedInAccounts accounts;

    CurrentUser(SignedInAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The signed-in account; AccessDeniedException for an anonymous caller or an unknown name. Read once per
     * transaction (issue 19.2: a submission asked for it twice, the caller and the profile): the view is kept as a
     * resource of the transaction and dropped when it completes, so a later transaction sees any change.
     */
    public AccountView require() {
        String name = AuditLog.currentActor();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read(name);
        }
        Signed key = new Signed(name);
        if (TransactionSynchronizationManager.getResource(key) instanceof AccountView known) {
            return known;
        }
        AccountView me = read(name);
        TransactionSynchronizationManager.bindResource(key, me);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return me;
    }

    private AccountView read(String name) {
        return accounts.find(name).orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The key of the signed-in account's view among the transaction's resources. */
    private record Signed(String username) {
    }
}
