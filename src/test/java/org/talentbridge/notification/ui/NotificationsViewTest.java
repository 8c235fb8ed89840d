package org.talentbridge.notification.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.ReviewDecision;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.casework.ui.CaseView;
import org.talentbridge.notification.NotificationRow;
import org.talentbridge.shared.policy.TitleLevel;

/** The applicant reads what happened to their case, opens it from the list, and clears the list. */
class NotificationsViewTest extends KaribuTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private org.camunda.bpm.engine.TaskService tasks;

    /** An applicant whose case the employer confirmed and the reviewer then rejected: two notifications. */
    private AccountView anApplicantWithTwoNotifications() {
        AccountView applicant = eligibleWelder("nui");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(number);
        AccountView reviewer = newAccount("nuirev", Role.REVIEWER);
        signIn(reviewer);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        inbox.claim(taskId);
        inbox.decide(taskId, ReviewDecision.REJECT, "材料不实");
        return applicant;
    }

    @Test
    void theApplicantSeesUnreadNotificationsNewestFirstAndAClickOpensTheCase() {
        AccountView applicant = anApplicantWithTwoNotifications();
        openAs(applicant);
        NotificationBell bell = new NotificationBell();
        UI.getCurrent().add(bell);
        MockVaadin.clientRoundtrip(); // added outside a navigation: counted before the response
        assertThat(bell.count.getText()).isEqualTo("2");

        navigate("notifications");
        NotificationsView view = _get(NotificationsView.class);
        assertThat(_size(view.grid)).isEqualTo(2);
        NotificationRow newest = _get(view.grid, 0);
        assertThat(newest.text()).endsWith("未通过。理由：材料不实");
        assertThat(newest.kindLabel()).isEqualTo("审核结果");
        assertThat(((Span) _getCellComponent(view.grid, 0, "read")).getText()).isEqualTo("未读");
        assertThat(view.grid.getPartNameGenerator().apply(newest)).isEqualTo("unread");

        _clickItem(view.grid, 0);

        CaseView opened = _get(CaseView.class);
        assertThat(opened.getPageTitle()).contains(newest.caseNumber());
        assertThat(bell.count.getText()).isEqualTo("1"); // counted again on navigation
    }

    @Test
    void markAllAsReadClearsTheUnreadMarks() {
        AccountView applicant = anApplicantWithTwoNotifications();
        openAs(applicant);
        navigate("notifications");
        NotificationsView view = _get(NotificationsView.class);

        _click(view.markAllRead);

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(((Span) _getCellComponent(view.grid, 1, "read")).getText()).isEqualTo("已读");
        NotificationBell bell = new NotificationBell();
        UI.getCurrent().add(bell);
        MockVaadin.clientRoundtrip();
        assertThat(bell.count.isVisible()).isFalse();
    }

    @Test
    void theBellInTheHeaderShowsMyUnreadCountFromTheFirstScreenOn() {
        AccountView applicant = anApplicantWithTwoNotifications();
        openAs(applicant);
        navigate("");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.count.getText()).isEqualTo("2");
        assertThat(bell.count.isVisible()).isTrue();

        navigate("notifications");
        _clickItem(_get(NotificationsView.class).grid, 0); // read: it opens the case
        navigate("");
        assertThat(_get(NotificationBell.class).count.getText()).isEqualTo("1");
    }

    /** A bell that counts its counts (each is a query for the account and one for the notifications). */
    private static final class CountingBell extends NotificationBell {
        int counts;

        @Override
        public void refresh() {
            counts++;
            super.refresh();
        }
    }

    @Test
    void theBellCountsOncePerNavigationEvenOnTheOneThatAttachesIt() {
        AccountView applicant = anApplicantWithTwoNotifications();
        openAs(applicant);
        CountingBell bell = new CountingBell();
        UI ui = UI.getCurrent();
        // attached during a navigation, as the header's bell is with a new layout
        ui.addBeforeEnterListener(e -> {
            if (bell.getParent().isEmpty()) {
                ui.add(bell);
            }
        });
        navigate("notifications");
        MockVaadin.clientRoundtrip();
        assertThat(bell.counts).isEqualTo(1);
        assertThat(bell.count.getText()).isEqualTo("2");

        navigate("");
        MockVaadin.clientRoundtrip();
        assertThat(bell.counts).isEqualTo(2);
    }

    @Test
    void someoneWithoutNotificationsSeesAnEmptyList() {
        openAs(newAccount("nuiempty", Role.INTEGRITY_OFFICER));
        navigate("notifications");
        assertThat(_size(_get(NotificationsView.class).grid)).isZero();
    }
}
