package org.talentbridge.shared.ui;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import java.util.function.Predicate;

/**
 * Vaadin's access check on every navigation ({@code @RolesAllowed}, {@code @PermitAll}, {@code @AnonymousAllowed} on
 * the views), with the role-prefix holder given once instead of looked up on every navigation.
 * <p>
 * Why: {@link SpringNavigationAccessControl} asks Vaadin's {@code Lookup} for the {@link VaadinRolePrefixHolder} on
 * each navigation; Spring's {@code Lookup} answers a type that is not one of Vaadin's own defaults by asking the
 * context <em>and</em> {@link java.util.ServiceLoader}, which reads {@code META-INF/services} of every jar on the class
 * path — in the packaged jar, each of its ~300 nested jars (issue 19: one such scan per navigation, four to five a
 * sign-in cycle). The holder is a singleton bean, so it is injected here once. The decisions are Vaadin's own: the
 * same checkers, decision resolver and login view ({@code VaadinSecurityConfigurer} configures this bean, the primary
 * {@code NavigationAccessControl}); on a request the roles are the request's ({@code isUserInRole}, as in Vaadin),
 * and without a request or over a push connection Vaadin's own way is kept.
 */
public class ViewAccessControl extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder rolePrefix;

    public ViewAccessControl(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver decisionResolver,
                             VaadinRolePrefixHolder rolePrefix) {
        super(checkers, decisionResolver);
        this.rolePrefix = rolePrefix;
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        if (request == null || HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
            return super.getRolesChecker(request);
        }
        if (!rolePrefix.isSet()) {
            rolePrefix.resetRolePrefix(request); // as Vaadin does: the prefix of the request's security wrapper
        }
        return request::isUserInRole;
    }
}
