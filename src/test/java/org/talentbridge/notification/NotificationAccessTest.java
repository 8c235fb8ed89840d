package org.talentbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;

/** Everyone reads and marks their own notifications only. */
class NotificationAccessTest extends IntegrationTest {

    @Autowired
    private NotificationService notifications;
    @Autowired
    private Notifier notifier;
    @Autowired
    private PlatformTransactionManager transactions;

    private void tell(AccountView who, String caseNumber) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> notifier.notify(List.of(who.username()),
                new Notifier.Draft(NotificationKind.CASE_DECIDED, caseNumber, "notification.caseApproved",
                        List.of(NotificationText.text(caseNumber)), "cases/" + caseNumber, null)));
    }

    @Test
    void oneUserCannotReadOrMarkAnothersNotifications() {
        AccountView alice = newAccount("nacca", Role.APPLICANT);
        AccountView bob = newAccount("naccb", Role.APPLICANT);
        tell(alice, "ZC-ALICE-1");
        tell(alice, "ZC-ALICE-2");
        tell(bob, "ZC-BOB-1");

        signIn(alice);
        List<NotificationRow> alices = notifications.page(0, 10, Locale.SIMPLIFIED_CHINESE);
        assertThat(alices).extracting(NotificationRow::caseNumber).containsExactly("ZC-ALICE-2", "ZC-ALICE-1");
        assertThat(notifications.count()).isEqualTo(2);
        assertThat(notifications.unreadCount()).isEqualTo(2);

        signIn(bob);
        assertThat(notifications.page(0, 10, Locale.SIMPLIFIED_CHINESE)).extracting(NotificationRow::caseNumber)
                .containsExactly("ZC-BOB-1");
        long alicesId = alices.get(0).id();
        assertThatThrownBy(() -> notifications.markRead(alicesId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.markRead(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
        assertThat(notifications.markAllRead()).isEqualTo(1);

        signIn(alice);
        assertThat(notifications.unreadCount()).isEqualTo(2); // bob's "mark all" touched only his own
        notifications.markRead(alicesId);
        notifications.markRead(alicesId); // again: no change, no error
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.page(0, 10, Locale.SIMPLIFIED_CHINESE)).extracting(NotificationRow::read)
                .containsExactly(true, false);
        assertThat(notifications.page(1, 1, Locale.SIMPLIFIED_CHINESE)).extracting(NotificationRow::caseNumber)
                .containsExactly("ZC-ALICE-1");
    }

    @Test
    void nobodyReadsNotificationsWithoutSigningIn() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.page(0, 10, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void notifyingOutsideATransactionIsRefused() {
        AccountView alice = newAccount("nacctx", Role.APPLICANT);
        assertThatThrownBy(() -> notifier.notify(List.of(alice.username()), new Notifier.Draft(NotificationKind.CASE_DECIDED,
                null, "notification.caseApproved", List.of(), null, null)))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
