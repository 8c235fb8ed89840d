package org.talentbridge.account.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one password check of every door (the sign-in form, HTTP Basic on {@code /api} and on {@code /engine-rest}):
 * a locked account name or client address is refused before the password is looked at; a wrong password is recorded;
 * a right one clears the account's failures. A clean sign-in costs two queries (the throttle's check, the account with
 * its roles) and writes nothing. Only wrong passwords count (a disabled account or a lock does not).
 * When the accounts or the throttle's rows cannot be read (PostgreSQL down) the answer is an authentication-service
 * failure, which the doors turn into 503 "service unavailable" (API) or the form's own message, never "wrong password".
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return throttled(authentication);
        } catch (DataAccessException unreadable) {
            throw new InternalAuthenticationServiceException("the accounts cannot be read now", unreadable);
        }
    }

    private Authentication throttled(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInThrottle.Check check = throttle.check(username, address);
        check.refusal().ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
        if (check.hasFailures()) {
            throttle.succeeded(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
