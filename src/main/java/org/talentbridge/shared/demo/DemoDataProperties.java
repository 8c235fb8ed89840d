package org.talentbridge.shared.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo data set's settings, read by the loaders of every module that brings demo data (in the kernel, so that
 * no feature depends on the demo module).
 *
 * @param enabled load the demo accounts and profiles at start. Unset: load them only when the application
 *                runs on its embedded database (never on an external one unless set to true).
 * @param password the password of every demo account
 */
@ConfigurationProperties("app.demo-data")
public record DemoDataProperties(Boolean enabled, String password) {

    public DemoDataProperties {
        password = password == null || password.isBlank() ? "Demo2026" : password;
    }

    /** Whether demo data loads here: as set, or by default only on the embedded database (no datasource URL). */
    public boolean enabledIn(org.springframework.core.env.Environment environment) {
        if (enabled != null) {
            return enabled;
        }
        return !org.springframework.util.StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
