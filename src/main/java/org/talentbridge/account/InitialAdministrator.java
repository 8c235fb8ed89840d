package org.talentbridge.account;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a database without demo data (an external PostgreSQL), the first administrator comes from
 * {@code APP_INITIAL_ADMIN_USERNAME} / {@code APP_INITIAL_ADMIN_PASSWORD}: created once, when no account of
 * that name exists. Change the password afterwards; leave the variables unset to create nobody.
 */
@Component
class InitialAdministrator {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    @ConfigurationProperties("app.initial-admin")
    record Properties(String username, String password) {
    }

    private final Properties properties;
    private final AccountService accounts;

    InitialAdministrator(Properties properties, AccountService accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    void createIfConfigured() {
        if (!StringUtils.hasText(properties.password())) {
            return;
        }
        String username = StringUtils.hasText(properties.username()) ? properties.username() : "admin";
        if (!accounts.exists(username)) {
            accounts.create(username, properties.password(), username, EnumSet.of(Role.ADMIN), null, null, null);
            log.info("Initial administrator '{}' created", username);
        }
    }
}
