package org.talentbridge.account.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Web security settings ({@code app.security}).
 *
 * @param signIn  brute-force protection of every sign-in door (the form, HTTP Basic on the API and the engine REST API)
 * @param headers security headers on every response
 * @param bcryptStrength BCrypt's work factor (log2 of its rounds, 4–31) for new password hashes; each step doubles the
 *                       CPU of every password check (10: about 60–80 ms on this project's 2-core machine). Existing
 *                       hashes keep the factor they were made with (it is part of the hash) until the password changes.
 */
@Validated
@ConfigurationProperties("app.security")
public record SecurityProperties(@DefaultValue @Valid SignIn signIn, @DefaultValue @Valid Headers headers,
                                 @DefaultValue("10") @Min(4) @Max(31) int bcryptStrength) {

    /**
     * @param maxFailuresPerAccount wrong passwords for one account name within {@code window} that lock it
     * @param maxFailuresPerAddress wrong passwords from one client address (any account names) within {@code window}
     *                              that lock the address
     * @param window                how far back failures count
     * @param lockDuration          how long a lock holds (an administrator may lift it earlier)
     */
    public record SignIn(@DefaultValue("5") @Positive int maxFailuresPerAccount,
                         @DefaultValue("20") @Positive int maxFailuresPerAddress,
                         @DefaultValue("PT15M") @NotNull Duration window,
                         @DefaultValue("PT15M") @NotNull Duration lockDuration) {
    }

    /**
     * @param contentSecurityPolicy the Content-Security-Policy of our pages and API (the Camunda webapps send their own)
     * @param referrerPolicy        the Referrer-Policy
     * @param permissionsPolicy     the Permissions-Policy
     */
    public record Headers(@DefaultValue(DEFAULT_CSP) @NotBlank String contentSecurityPolicy,
                          @DefaultValue("strict-origin-when-cross-origin") @NotBlank String referrerPolicy,
                          @DefaultValue(DEFAULT_PERMISSIONS) @NotBlank String permissionsPolicy) {
    }

    /** Vaadin 24 needs inline and eval'd scripts and inline styles; everything else comes from this origin. */
    static final String DEFAULT_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    static final String DEFAULT_PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
}
