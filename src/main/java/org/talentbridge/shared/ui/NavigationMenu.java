package org.talentbridge.shared.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The screens the signed-in user may open ({@code @Menu} views), computed once per set of roles and application.
 * <p>
 * Why: {@link MenuConfiguration#getMenuEntries()} runs Vaadin's access check for every route, and each check looks up
 * the role-prefix holder through Vaadin's {@code Lookup}, which scans the classpath's {@code META-INF/services} (in the
 * packaged jar: every nested jar). The UI session benchmark's profile put about 30 % of a session's server CPU there
 * (sign-in, home, two screens, sign-out, four menus). Which views a user may open follows only from the views'
 * annotations ({@code @RolesAllowed}, {@code @PermitAll}, {@code @AnonymousAllowed}) and the user's authorities, so
 * the answer is the same for everyone with the same authorities: it is kept per authority set, per Vaadin service
 * (the routes are fixed when the service starts).
 */
public final class NavigationMenu {

    private NavigationMenu() {
    }

    /** What {@link MenuConfiguration#getMenuEntries()} answers for the current user, from the cache when possible. */
    public static List<MenuEntry> entries() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            return MenuConfiguration.getMenuEntries();
        }
        Cache cache = service.getContext().getAttribute(Cache.class, Cache::new);
        return cache.byAuthorities.computeIfAbsent(authorities(), key -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    /** The current user's authorities in a stable order; an anonymous visitor has none. */
    static Set<String> authorities() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = new TreeSet<>();
        if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
            authorities.add("signed-in");
            user.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(authorities::add);
        }
        return Set.copyOf(authorities);
    }

    /** One per Vaadin service (in the application: one; in browserless tests: one per mocked servlet). */
    static final class Cache {
        final Map<Set<String>, List<MenuEntry>> byAuthorities = new ConcurrentHashMap<>();
    }
}
