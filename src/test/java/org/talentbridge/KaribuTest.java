package org.talentbridge;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.account.AccountView;

/**
 * Browserless UI tests (Karibu-Testing) on the same Spring context as every integration test. The fake
 * request carries the Spring Security user, so {@code @RolesAllowed} on views is enforced as in production.
 */
public abstract class KaribuTest extends IntegrationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.talentbridge");

    @Autowired
    private ApplicationContext context;

    /** Opens a UI as the given account (null: anonymous visitor). */
    protected void openAs(AccountView account) {
        if (account == null) {
            SecurityContextHolder.clearContext();
        } else {
            signIn(account);
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            if (user != null) {
                request.setUserPrincipalInt(user);
                request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            }
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /**
     * Asserts that opening {@code location} does not show {@code view}: Vaadin's access control refuses it
     * (Karibu reports the refusal as an error, either at once or when the error view renders).
     */
    protected static void assertNavigationDenied(String location, Class<? extends Component> view) {
        try {
            navigate(location);
        } catch (AssertionError e) {
            assertThat(e).hasMessageContaining("AccessDeniedException");
            return;
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(view::isInstance)
                .anyMatch(c -> c.getClass().getSimpleName().contains("Error"));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
