package org.talentbridge.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.ui.LoginView;
import org.talentbridge.applicant.ui.ProfileView;
import org.talentbridge.casework.ui.InboxView;

/**
 * Vaadin's access check on navigation is {@link ViewAccessControl} (the role-prefix holder given once, no class-path
 * scan per navigation) and decides as before: by the views' role annotations and the signed-in user's roles, the
 * sign-in page for a visitor.
 */
class ViewAccessControlTest extends KaribuTest {

    @Autowired
    private NavigationAccessControl accessControl;

    @Test
    void theAccessControlInUseIsOursAndSwitchedOn() {
        assertThat(accessControl).isInstanceOf(ViewAccessControl.class);
        assertThat(accessControl.isEnabled()).isTrue();
    }

    @Test
    void aReviewerOpensTheInboxAndIsRefusedTheApplicantsProfile() {
        openAs(accounts.findByUsername("reviewer").orElseThrow());
        navigate("inbox");
        assertThat(_get(InboxView.class)).isNotNull();
        assertNavigationDenied("profile", ProfileView.class);
    }

    @Test
    void anApplicantOpensTheProfileAndIsRefusedTheInbox() {
        openAs(accounts.findByUsername("wanghan").orElseThrow());
        navigate("profile");
        assertThat(_get(ProfileView.class)).isNotNull();
        assertNavigationDenied("inbox", InboxView.class);
    }

    @Test
    void aVisitorIsSentToTheSignInPage() {
        openAs(null);
        navigate("inbox");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).anyMatch(LoginView.class::isInstance)
                .noneMatch(InboxView.class::isInstance);
    }
}
