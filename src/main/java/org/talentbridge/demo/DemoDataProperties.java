package org.talentbridge.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo accounts and profiles at start. Unset: load them only when the application
 *                runs on its embedded database (never on an external one unless set to true).
 * @param password the password of every demo account
 */
@ConfigurationProperties("app.demo-data")
public record DemoDataProperties(Boolean enabled, String password) {

    public DemoDataProperties {
        password = password == null || password.isBlank() ? "Demo2026" : password;
    }
}
