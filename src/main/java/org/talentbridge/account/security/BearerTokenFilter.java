package org.talentbridge.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.talentbridge.shared.web.ApiErrors;

/**
 * {@code Authorization: Bearer <token>} on the API: an accepted token signs the request in as its account (nothing is
 * kept between requests); a wrong, expired or revoked token is 401 with {@code WWW-Authenticate: Bearer
 * error="invalid_token"}; over the token's rate 429 with Retry-After; the tokens unreadable (PostgreSQL down) 503.
 * Requests without a bearer token pass on to HTTP Basic. Not a bean: only the API's filter chain has it.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String CHALLENGE = "Bearer realm=\"Talent Bridge\"";
    private static final String BEARER = "Bearer ";

    private final ApiTokenVerifier verifier;
    private final ApiErrors errors;
    private final AuthenticationEntryPoint databaseDown;

    BearerTokenFilter(ApiTokenVerifier verifier, ApiErrors errors, AuthenticationEntryPoint databaseDown) {
        this.verifier = verifier;
        this.errors = errors;
        this.databaseDown = databaseDown;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        ApiTokenVerifier.Outcome outcome;
        try {
            outcome = verifier.verify(header.substring(BEARER.length()).strip());
        } catch (DataAccessException unreadable) {
            databaseDown.commence(request, response,
                    new InternalAuthenticationServiceException("the api tokens cannot be read now", unreadable));
            return;
        }
        if (outcome instanceof ApiTokenVerifier.Accepted accepted) {
            SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            context.setAuthentication(new ApiTokenAuthentication(accepted.token()));
            SecurityContextHolder.getContextHolderStrategy().setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.getContextHolderStrategy().clearContext();
            }
        } else if (outcome instanceof ApiTokenVerifier.Throttled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000)));
            errors.write(request, response, 429, "apiToken.tooManyRequests", List.of());
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"");
            errors.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "apiToken.invalid", List.of());
        }
    }
}
