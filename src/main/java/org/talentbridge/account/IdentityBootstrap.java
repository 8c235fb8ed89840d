package org.talentbridge.account;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start, the engine learns every role as a group (before demo data or anybody signs in). */
@Component
class IdentityBootstrap {

    private final AccountService accounts;

    IdentityBootstrap(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void ensureGroups() {
        accounts.ensureCamundaGroups();
    }
}
