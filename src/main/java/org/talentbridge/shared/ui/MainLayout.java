package org.talentbridge.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every signed-in screen: the side navigation lists only the views the user may open
 * (views declare themselves with {@code @Menu(title = "<i18n key>")}), plus language choice and sign-out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final SideNav nav = new SideNav();
    private final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext authentication, java.util.List<HeaderItem> headerItems) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        H1 brand = new H1(getTranslation("app.name"));
        brand.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m)");
        addToDrawer(brand, nav);

        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        HorizontalLayout tools = new HorizontalLayout();
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
        authentication.getPrincipalName().ifPresent(name -> {
            Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            headerItems.forEach(item -> tools.add(item.create()));
            tools.add(new Span(name), logout);
        });
        tools.addComponentAsFirst(new LanguageSwitcher());
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), viewTitle, tools);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        addToNavbar(header);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (nav.getItems().isEmpty()) {
            // once per layout instance: the entries depend only on the user's roles, fixed for this UI's lifetime
            for (MenuEntry entry : NavigationMenu.entries()) {
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
            }
            if (authentication.hasRole("ADMIN")) {
                // the engine's own webapps (Cockpit: instances, incidents, jobs), signed in through this session
                SideNavItem cockpit = new SideNavItem(getTranslation("nav.cockpit"), "/camunda/app/cockpit/default/");
                cockpit.setRouterIgnore(true);
                nav.addItem(cockpit);
            }
        }
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
