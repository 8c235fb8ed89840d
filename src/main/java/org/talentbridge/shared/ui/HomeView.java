package org.talentbridge.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The landing page after sign-in: what this system is and the screens this user can open. */
@Route("")
@Menu(order = 0, title = "nav.home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(AuthenticationContext authentication) {
        add(new H2(getTranslation("home.welcome", authentication.getPrincipalName().orElse(""))),
                new Paragraph(getTranslation("app.tagline")));
        for (MenuEntry entry : NavigationMenu.entries()) {
            if (!entry.path().isEmpty()) {
                add(new Anchor(entry.path(), getTranslation(entry.title())));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
