package org.talentbridge.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * A sign-in that failed because the accounts could not be read (PostgreSQL down or out of connections) is not a
 * wrong password: the answer is 503 "service unavailable" with {@code Retry-After}, never a misleading 401.
 * Every other failure goes to the given entry point (the Basic challenge).
 */
@Component
public class DatabaseDownEntryPoint {

    private final ApiErrors errors;
    private final ApiLimits limits;

    public DatabaseDownEntryPoint(ApiErrors errors, ApiLimits limits) {
        this.errors = errors;
        this.limits = limits;
    }

    /** {@code otherwise}, except when the accounts could not be read. */
    public AuthenticationEntryPoint before(AuthenticationEntryPoint otherwise) {
        return (request, response, failure) -> {
            if (DatabaseUnavailable.causedBy(failure)) {
                response.setHeader("Retry-After", String.valueOf(limits.retryAfter().toSeconds()));
                errors.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.serviceUnavailable", List.of());
            } else {
                otherwise.commence(request, response, failure);
            }
        };
    }
}
