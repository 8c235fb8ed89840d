package org.talentbridge.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;

/**
 * The side navigation and the home page list the screens of the user's roles (kept per set of roles by
 * {@link NavigationMenu}): one role's cached menu is never shown to another, and the navigation is built once per
 * layout, not again on every screen.
 */
class NavigationMenuTest extends KaribuTest {

    private static List<String> sideNavigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void eachRoleSeesItsOwnScreensWhicheverRoleSignedInFirst() {
        openAs(accounts.findByUsername("wanghan").orElseThrow());
        navigate("");
        assertThat(sideNavigation()).contains("个人档案", "我的申报").doesNotContain("资格审核待办", "流程监控（Camunda Cockpit）");

        openAs(accounts.findByUsername("reviewer").orElseThrow());
        navigate("");
        assertThat(sideNavigation()).contains("资格审核待办").doesNotContain("个人档案", "我的申报");

        openAs(accounts.findByUsername("wanghan").orElseThrow());
        navigate("");
        assertThat(sideNavigation()).contains("个人档案").doesNotContain("资格审核待办");
    }

    @Test
    void theHomePageLinksTheScreensOfTheSideNavigation() {
        openAs(accounts.findByUsername("reviewer").orElseThrow());
        navigate("");
        List<String> links = _find(_get(HomeView.class), Anchor.class).stream().map(Anchor::getText).toList();
        assertThat(links).isNotEmpty();
        assertThat(sideNavigation()).containsAll(links);
    }

    @Test
    void movingBetweenScreensKeepsOneEntryPerScreen() {
        openAs(accounts.findByUsername("reviewer").orElseThrow());
        navigate("");
        List<String> first = sideNavigation();
        navigate("inbox");
        navigate("notifications");
        assertThat(sideNavigation()).containsExactlyElementsOf(first).doesNotHaveDuplicates();
    }
}
