package org.talentbridge.shared.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs code signed in as someone, for work nobody signs in for (demo data at start, nightly jobs), so that the
 * services' permission checks and the audit trail apply to it as to a person; whoever was signed in before is
 * signed in again afterwards.
 */
public final class RunAs {

    private RunAs() {
    }

    /** Runs {@code action} as {@code username} holding {@code authority} (e.g. {@code ROLE_ADMIN}). */
    public static <T> T run(String username, String authority, Supplier<T> action) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(authority))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    public static void run(String username, String authority, Runnable action) {
        run(username, authority, () -> {
            action.run();
            return null;
        });
    }
}
